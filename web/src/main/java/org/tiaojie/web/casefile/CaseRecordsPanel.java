package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tiaojie.casework.mediation.InvestigationRow;
import org.tiaojie.casework.mediation.MediationSession;
import org.tiaojie.casework.mediation.ReturnVisitRow;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.casework.supervision.ExtensionRow;
import org.tiaojie.web.base.Labels;

/**
 * The mediator's records: sessions with their minutes (record, reschedule, cancel while
 * scheduled), investigation notes, extension requests with the supervisors' decisions, and return visits.
 */
class CaseRecordsPanel extends VerticalLayout {

    CaseRecordsPanel(List<SessionRow> sessions, List<InvestigationRow> investigations, List<ExtensionRow> extensions,
            List<ReturnVisitRow> visits, boolean canEdit, CaseDialogs dialogs) {
        setPadding(false);
        setSpacing(false);
        add(new H4(getTranslation("case.sessions")));
        if (sessions.isEmpty()) {
            add(muted("case.noSessions"));
        } else {
            add(sessions(sessions, canEdit, dialogs));
        }
        if (!investigations.isEmpty()) {
            add(new H4(getTranslation("case.investigations")));
            Div list = new Div();
            list.setId("tj-investigations");
            investigations.forEach(i -> list.add(entry(getTranslation("investigationForm.summary",
                    Labels.dateTime(i.investigatedAt()), i.place(), i.subject(), i.investigators()), i.content())));
            add(list);
        }
        if (!extensions.isEmpty()) {
            add(new H4(getTranslation("case.extensions")));
            Div list = new Div();
            list.setId("tj-extensions");
            extensions.forEach(x -> list.add(entry(getTranslation("extensionUi.summary", Labels.of(this, x.clockKind()),
                    x.days(), Labels.of(this, x.status()), x.requestedBy(), Labels.dateTime(x.requestedAt())),
                    Labels.withNote(this, x.reason(), x.decisionNote()))));
            add(list);
        }
        if (!visits.isEmpty()) {
            add(new H4(getTranslation("case.visits")));
            Div list = new Div();
            list.setId("tj-visits");
            visits.forEach(v -> list.add(entry(getTranslation("visitForm.summary", Labels.date(v.visitedOn()),
                    Labels.of(this, v.method()), Labels.of(this, v.satisfaction()), v.visitor()),
                    v.comments() == null ? "" : v.comments())));
            add(list);
        }
    }

    private Grid<SessionRow> sessions(List<SessionRow> sessions, boolean canEdit, CaseDialogs dialogs) {
        Grid<SessionRow> grid = new Grid<>(SessionRow.class, false);
        grid.setId("tj-sessions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> getTranslation("sessionForm.seq", s.seq())).setHeader(getTranslation("sessionForm.header"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Labels.dateTime(s.heldAt() == null ? s.scheduledAt() : s.heldAt()))
                .setHeader(getTranslation("sessionForm.time")).setAutoWidth(true);
        grid.addColumn(s -> Labels.withNote(this, s.place(), s.mediators())).setHeader(getTranslation("sessionForm.place"));
        grid.addColumn(s -> Labels.of(this, s.status())).setHeader(getTranslation("case.clockStatus")).setAutoWidth(true);
        grid.addColumn(s -> s.status() == MediationSession.SessionStatus.CANCELLED ? nz(s.cancelReason())
                : s.status() == MediationSession.SessionStatus.HELD
                        ? Labels.withNote(this, nz(s.statements()), s.outcomeNote()) : s.participants())
                .setHeader(getTranslation("sessionForm.content")).setFlexGrow(3);
        if (canEdit) {
            grid.addComponentColumn(s -> {
                // three separate actions, spaced and wrapping, not one run of words (记录笔录 · 改期 · 取消)
                HorizontalLayout actions = new HorizontalLayout();
                actions.setSpacing(true);
                actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
                if (s.status() == MediationSession.SessionStatus.SCHEDULED) {
                    actions.add(small("sessionForm.record", "tj-session-record-" + s.seq(), () -> dialogs.minutes(s)),
                            small("sessionForm.reschedule", "tj-session-reschedule-" + s.seq(), () -> dialogs.schedule(s)),
                            small("sessionForm.cancel", "tj-session-cancel-" + s.seq(), () -> dialogs.cancelSession(s)));
                }
                return actions;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(sessions);
        return grid;
    }

    private Button small(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setId(id);
        return b;
    }

    private Div entry(String head, String body) {
        Span h = new Span(head);
        h.getStyle().set("font-weight", "600");
        Span b = new Span(body);
        b.getStyle().set("white-space", "pre-wrap");
        Div entry = new Div(h, new Div(b));
        entry.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return entry;
    }

    private Span muted(String key) {
        Span s = new Span(getTranslation(key));
        s.addClassName("tj-muted");
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
