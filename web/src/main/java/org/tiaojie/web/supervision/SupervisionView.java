package org.tiaojie.web.supervision;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.supervision.SupervisionEventRow;
import org.tiaojie.casework.supervision.SupervisionRow;
import org.tiaojie.casework.supervision.SupervisionQueryService;
import org.tiaojie.casework.supervision.SupervisionService;
import org.tiaojie.casework.supervision.SupervisionState;
import org.tiaojie.documents.DocumentService;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;

/**
 * One 督办: what was asked of whom by when, its notice (督办通知单) as PDF, every step so far, and
 * the next step for whoever may take it — the responsible organisation reports progress or reports
 * it done; a supervisor of the area verifies (passed, or failed with a new due date) and delists.
 */
@Route(value = "supervision", layout = MainLayout.class)
@PermitAll
public class SupervisionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SupervisionService supervisions;
    private final SupervisionQueryService queries;
    private final DocumentService documents;
    private final Clock clock;
    private long id;
    private String title = "";

    SupervisionView(SupervisionService supervisions, SupervisionQueryService queries, DocumentService documents,
            Clock clock) {
        this.supervisions = supervisions;
        this.queries = queries;
        this.documents = documents;
        this.clock = clock;
        addClassName("tj-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        this.id = parameter;
        try {
            render();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void render() {
        SupervisionRow s = queries.find(id);
        removeAll();
        title = s.noticeNumber();
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        H2 number = new H2(s.noticeNumber());
        number.getStyle().set("margin", "0");
        Span state = new Span(Labels.of(this, s.state()));
        state.setId("tj-supervision-state");
        state.getElement().getThemeList().add(s.state() == SupervisionState.DELISTED ? "badge success" : "badge");
        Span level = new Span(Labels.of(this, s.level()));
        level.getElement().getThemeList().add("badge contrast");
        HorizontalLayout head = new HorizontalLayout(number, level, state);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head, actions(s, today), facts(s, today), new H3(getTranslation("supervisionUi.steps")), steps());
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    private HorizontalLayout actions(SupervisionRow s, LocalDate today) {
        var user = CurrentUser.require();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("tj-supervision-actions");
        bar.setWrap(true);
        boolean responsible = user.has(Role.MEDIATOR) && user.organisationId() == s.responsibleId();
        if (responsible && (s.state() == SupervisionState.ISSUED || s.state() == SupervisionState.REPORTED)) {
            bar.add(button("supervisionUi.report", "tj-supervision-report",
                    () -> SupervisionDialogs.report(supervisions, s, this::render).open()));
        }
        if (responsible && s.state() == SupervisionState.ISSUED) {
            Button done = button("supervisionUi.done", "tj-supervision-done",
                    () -> SupervisionDialogs.reportDone(supervisions, s, this::render).open());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(done);
        }
        if (user.has(Role.SUPERVISOR)) {
            if (s.state() == SupervisionState.ISSUED) {
                // an overdue supervision's first action is the reminder
                Button urge = button("supervisionUi.urge", "tj-supervision-urge",
                        () -> SupervisionDialogs.urge(supervisions, s, this::render).open());
                if (s.overdue(today)) {
                    urge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
                }
                bar.add(urge);
            }
            if (s.state().open()) {
                bar.add(button("supervisionUi.interview", "tj-supervision-interview",
                        () -> SupervisionDialogs.interview(supervisions, s, today, this::render).open()));
            }
            if (s.state() == SupervisionState.ISSUED || s.state() == SupervisionState.REPORTED) {
                Button verify = button("supervisionUi.verify", "tj-supervision-verify",
                        () -> SupervisionDialogs.verify(supervisions, queries, s, this::render).open());
                if (s.state() == SupervisionState.REPORTED) {
                    verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                bar.add(verify);
            }
            if (s.state() == SupervisionState.VERIFIED) {
                bar.add(button("supervisionUi.delist", "tj-supervision-delist",
                        () -> SupervisionDialogs.delist(supervisions, s, this::render).open()));
            }
        }
        Anchor notice = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentService.Rendered pdf = documents.supervisionNotice(s.id());
            return new DownloadResponse(new java.io.ByteArrayInputStream(pdf.pdf()), pdf.fileName(), "application/pdf",
                    pdf.pdf().length);
        }).inline(), getTranslation("supervisionUi.notice"));
        notice.setTarget("_blank");
        notice.setId("tj-supervision-notice");
        bar.add(notice);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Button button(String key, String elementId, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(elementId);
        return b;
    }

    private Div facts(SupervisionRow s, LocalDate today) {
        Div facts = new Div();
        facts.setId("tj-supervision-facts");
        facts.addClassName("tj-facts");
        if (s.disputeId() != null) {
            // by address: the case file lives in the mediation package, which links here
            Anchor caseFile = new Anchor("case/" + s.disputeId(), s.caseNumber());
            caseFile.setId("tj-supervision-case");
            fact(facts, "supervisionUi.subject", caseFile);
        }
        fact(facts, "supervisionUi.compound", new Span(s.compoundName()));
        fact(facts, "supervisionUi.trigger", new Span(Labels.of(this, s.trigger())));
        fact(facts, "supervisionUi.reason", new Span(s.reason()));
        fact(facts, "supervisionUi.instruction", new Span(s.instruction()));
        Span due = new Span(Labels.date(s.dueDate()));
        if (s.overdue(today)) {
            due.setText(getTranslation("supervisionUi.dueOverdue", Labels.date(s.dueDate())));
            due.getElement().getThemeList().add("badge error");
        }
        fact(facts, "supervisionUi.due", due);
        fact(facts, "supervisionUi.responsible", new Span(s.responsibleName()));
        fact(facts, "supervisionUi.leader", new Span(s.leader() == null ? getTranslation("supervisionUi.noLeader")
                : s.leader()));
        fact(facts, "supervisionUi.issued", new Span(getTranslation("supervisionUi.issuedBy", s.issuerName(),
                Labels.dateTime(s.issuedAt()))));
        if (s.relisted() > 0) {
            fact(facts, "supervisionUi.relisted", new Span(Integer.toString(s.relisted())));
        }
        return facts;
    }

    private void fact(Div facts, String key, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("tj-muted");
        label.getStyle().set("min-width", "7em").set("display", "inline-block");
        Div line = new Div(label, value);
        facts.add(line);
    }

    private Grid<SupervisionEventRow> steps() {
        Grid<SupervisionEventRow> grid = new Grid<>(SupervisionEventRow.class, false);
        grid.setId("tj-supervision-steps");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Labels.dateTime(r.occurredAt())).setHeader(getTranslation("supervisionUi.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Labels.of(this, r.kind())).setHeader(getTranslation("supervisionUi.step"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::who)
                .setHeader(getTranslation("supervisionUi.who")).setAutoWidth(true);
        grid.addColumn(this::stepNote).setHeader(getTranslation("supervisionUi.note")).setFlexGrow(3);
        // on a phone each step is one card: when, what and who on a line, the note under it
        var card = grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<SupervisionEventRow>of("""
                <div class="tj-row-card"><div><b>${item.kind}</b> <span class="tj-muted">${item.when}</span></div>
                <div class="tj-muted">${item.who}</div><div>${item.note}</div></div>""")
                .withProperty("kind", r -> Labels.of(this, r.kind()))
                .withProperty("when", r -> Labels.dateTime(r.occurredAt()))
                .withProperty("who", this::who)
                .withProperty("note", this::stepNote))
                .setHeader(getTranslation("supervisionUi.steps"));
        card.setVisible(false);
        org.tiaojie.web.base.Narrow.watch(grid, phone -> grid.getColumns().forEach(c -> c.setVisible(c == card
                ? phone : !phone)));
        grid.setItems(queries.steps(id));
        return grid;
    }

    private String who(SupervisionEventRow r) {
        return r.actorOrganisation() == null ? r.actor() : r.actorOrganisation() + " · " + r.actor();
    }

    /** A step's note as read: a 约谈 names whom and when, a new due date is named after the note. */
    private String stepNote(SupervisionEventRow r) {
        String note = r.note() == null ? "" : r.note();
        if (r.counterpart() != null) {
            return getTranslation("supervisionUi.interviewLine", r.counterpart(), Labels.date(r.heldOn()), note);
        }
        return r.dueDate() == null ? note : getTranslation("supervisionUi.noteWithDue", note, Labels.date(r.dueDate()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
