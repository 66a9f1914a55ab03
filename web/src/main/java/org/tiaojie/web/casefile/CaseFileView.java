package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.ClockStatus;
import org.tiaojie.casework.dispute.ClockView;
import org.tiaojie.casework.dispute.DeadlineSweep;
import org.tiaojie.casework.casefile.CaseFile;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;

/**
 * 案卷: one dispute's file. Header with every clock, the facts, the parties with masked numbers
 * (an audited "show"), the timeline of moves and merged contacts, related disputes, and the moves
 * the handling mediator may make now.
 */
@Route(value = "case", layout = MainLayout.class)
@RolesAllowed({Role.MEDIATOR_NAME, Role.SUPERVISOR_NAME, Role.OPERATOR_NAME, Role.COURT_CLERK_NAME})
public class CaseFileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseFileServices services;
    private long id;
    private String title = "";

    /** Whether the case was shown already: only a second rendering keeps the reader's place. */
    private boolean rendered;

    CaseFileView(CaseFileServices services) {
        this.services = services;
        addClassName("tj-page");
        // the page remembers how far down it was read, so an action on a section does not jump back to the top
        addAttachListener(e -> e.getUI().getPage().executeJs("""
                if (!window.__tjCaseScroll) { window.__tjCaseScroll = true;
                  window.addEventListener('scroll', () => { window.__tjCaseY = window.scrollY; }, {passive: true}); }"""));
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        this.id = parameter;
        try {
            render();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // another area's dispute, or none with that id: the same answer, so ids cannot be probed
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void render() {
        // after the sections are built again, back to where the reader was (read before the shorter page clamps it)
        if (rendered) {
            getUI().ifPresent(ui -> ui.getPage().executeJs(
                    "const y = window.__tjCaseY || 0; requestAnimationFrame(() => window.scrollTo(0, y));"));
        }
        rendered = true;
        CaseFile file = services.caseFiles().read(id);
        DisputeDetail d = file.detail();
        CaseFile.Sections may = file.sections();
        title = d.caseNumber();
        removeAll();
        H2 number = new H2(d.caseNumber());
        number.setId("tj-case-number");
        number.getStyle().set("margin", "0");
        Span state = new Span(Labels.of(this, d.state()));
        state.getElement().getThemeList().add("badge");
        state.setId("tj-case-state");
        HorizontalLayout head = new HorizontalLayout(number, state);
        head.setAlignItems(Alignment.BASELINE);
        Paragraph where = new Paragraph(getTranslation("case.handledBy", Labels.of(this, d.tier()),
                d.organisationName() == null ? "" : d.organisationName()));
        where.addClassName("tj-muted");
        add(head, where);
        if (d.organisationName() != null) {
            add(new CaseHandlers(services, d, file.handlers(), may.handlersAssignable(), this::render));
        }
        CaseDialogs dialogs = new CaseDialogs(this, services, d, this::render);
        if (d.actionable()) {
            add(new CaseActions(services, d, file.sessions(), dialogs, this::render));
        }
        add(new H3(getTranslation("case.clocks")), clocks(d), new H3(getTranslation("case.facts")), facts(d));
        if (may.partiesEditable()) {
            Button correct = new Button(getTranslation("case.correctDescription"), e -> correctDescription(d));
            correct.setId("tj-correct-description");
            correct.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            add(correct);
        }
        add(new H3(getTranslation("case.parties")));
        if (may.partiesEditable()) {
            Button addParty = new Button(getTranslation("party.add"), e -> PartyDialog.open(services, d, null,
                    this::render));
            addParty.setId("tj-add-party");
            addParty.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            add(addParty);
        }
        add(new CaseParties(services, d, may.partiesEditable(), this::render));
        if (may.platformReplies()) {
            add(new H3(getTranslation("replyUi.title")), new CasePlatformRepliesPanel(services.replies(), d,
                    file.replies(), this::render));
        }
        var contacts = services.contacts().contactsOf(id);
        if (!contacts.isEmpty()) {
            add(new H3(getTranslation("contactUi.title", d.contactCount())), new CaseContactsPanel(services, d, contacts));
        }
        add(new H3(getTranslation("case.mediation")), new CaseRecordsPanel(file.sessions(), file.investigations(),
                file.extensions(), file.visits(), d.actionable(), dialogs));
        if (!file.agreements().isEmpty()) {
            add(new H3(getTranslation("case.agreements")), new CaseAgreementsPanel(file.agreements(), file.attachments(),
                    may.termsEditable(), dialogs));
        }
        add(new H3(getTranslation("case.documents")), new CaseDocumentsPanel(services, id, d.version(),
                services.documents().available(file), file.documents(), file.attachments(), may.documentsGenerable(),
                d.actionable(), may.attachmentsOpen(), this::render));
        if (may.supervisionShown()) {
            add(new H3(getTranslation("supervisionUi.caseTitle")), new CaseSupervisionPanel(services.supervisions(), services.supervisionQueries(), id,
                    may.supervisionIssuable(), file.supervisions(), this::render));
        }
        if (!file.referrals().isEmpty()) {
            add(new H3(getTranslation("referralUi.title")), new CaseReferralsPanel(services.referrals(),
                    services.packages(), file.referrals(), this::render));
        }
        add(new H3(getTranslation("case.attachments")), new CaseAttachmentsPanel(services, d, file.attachments(),
                may.attachmentsOpen(), this::render));
        add(new H3(getTranslation("case.timeline")), timeline(d));
        if (!d.related().isEmpty()) {
            add(new H3(getTranslation("case.related")), related(d));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    /** 更正纠纷情况: the handling mediator's wording of the dispute; the former text stays in the timeline. */
    private void correctDescription(DisputeDetail d) {
        com.vaadin.flow.component.textfield.TextArea text = new com.vaadin.flow.component.textfield.TextArea(
                getTranslation("case.description"));
        text.setValue(d.description());
        text.setMaxLength(4000);
        text.setId("tj-description");
        text.setWidthFull();
        org.tiaojie.web.base.FormDialog dialog = new org.tiaojie.web.base.FormDialog(
                getTranslation("case.correctDescription"),
                () -> services.parties().correctDescription(d.id(), d.version(), text.getValue()), this::render);
        dialog.addFields(text);
        dialog.spanWide(text);
        dialog.open();
        text.focus();
    }

    private Grid<ClockView> clocks(DisputeDetail d) {
        Grid<ClockView> grid = new Grid<>(ClockView.class, false);
        grid.setId("tj-clocks");
        // on a phone a date wraps onto a second line rather than being cut (#27)
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> Labels.of(this, c.kind())).setHeader(getTranslation("case.clock"));
        grid.addColumn(c -> Labels.dateTime(c.startedAt())).setHeader(getTranslation("case.clockStarted"));
        grid.addColumn(c -> (c.lastDay() == null ? Labels.dateTime(c.dueAt())
                : getTranslation("case.endOfDay", Labels.date(c.lastDay())))
                + (c.provisional() ? getTranslation("case.clockProvisional") : ""))
                .setHeader(getTranslation("case.clockDue"));
        // the clock's state and how it stands in one column, so four columns fit a phone's width
        grid.addComponentColumn(c -> {
            Span s = new Span(c.state() == ClockState.STOPPED
                    ? getTranslation(c.status() == ClockStatus.OVERDUE ? "case.clockLate" : "case.clockMet")
                    : Labels.of(this, c.status()));
            s.addClassName(c.status() == ClockStatus.OVERDUE ? "tj-due-overdue"
                    : c.status() == ClockStatus.WARNING ? "tj-due-warning" : "tj-due-normal");
            Span state = new Span(Labels.of(this, c.state()));
            state.getStyle().set("margin-inline-end", "var(--lumo-space-s)").set("white-space", "nowrap");
            s.getStyle().set("white-space", "nowrap");
            return new Span(state, s);
        }).setHeader(getTranslation("case.clockStatus"));
        grid.setItems(d.clocks());
        return grid;
    }

    private Div facts(DisputeDetail d) {
        Div facts = new Div();
        facts.setId("tj-facts");
        facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");
        fact(facts, "dispute.channel", Labels.of(this, d.channel())
                + (d.externalRef() == null ? "" : " · " + d.externalRef()));
        fact(facts, "dispute.category", d.categoryName());
        fact(facts, "dispute.compound", Labels.withNote(this, d.compoundName(), d.compoundAddress()));
        fact(facts, "case.propertyCompany", d.propertyCompanyName() == null ? getTranslation("case.noPropertyCompany")
                : d.propertyCompanyName());
        fact(facts, "case.amount", d.amount() == null ? "—" : getTranslation("case.yuan", d.amount().toPlainString()));
        fact(facts, "case.partyCount", Integer.toString(d.partyCount()));
        String flags = Labels.list(this, Stream.of(d.groupDispute() ? "case.flag.group" : null, d.leaderInstruction() ? "case.flag.leader" : null,
                d.publicOpinion() ? "case.flag.opinion" : null, d.urgent() ? "case.flag.urgent" : null,
                d.supervised() ? "case.flag.supervised" : null).filter(k -> k != null).map(this::getTranslation));
        fact(facts, "case.flags", flags.isEmpty() ? "—" : flags);
        fact(facts, "dispute.registeredAt", Labels.dateTime(d.registeredAt()));
        if (d.callerName() != null) {
            Span phone = new Span(d.callerPhoneMasked()
                    + (d.contactPhoneMasked() == null ? "" : " / " + d.contactPhoneMasked()));
            phone.setId("tj-caller-phone");
            Button show = new Button(getTranslation("case.show"), e -> {
                phone.setText(services.details().revealCaller(id));
                e.getSource().setEnabled(false);
            });
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            show.setId("tj-show-caller");
            label(facts, "case.caller");
            facts.add(new Span(new Span(d.callerName() + " "), phone, show));
        }
        if (d.addressDetail() != null) {
            fact(facts, "case.addressDetail", d.addressDetail());
        }
        if (d.dispatchNote() != null) {
            fact(facts, "case.dispatchNote", d.dispatchNote());
        }
        if (d.transferredTo() != null) {
            fact(facts, "case.transferredTo", d.transferredTo());
        }
        if (d.closureType() != null) {
            fact(facts, "case.closureType", Labels.of(this, d.closureType()));
        }
        fact(facts, "case.description", d.description());
        return facts;
    }

    private void fact(Div facts, String key, String value) {
        label(facts, key);
        Span v = new Span(value);
        v.getStyle().set("white-space", "pre-wrap");
        facts.add(v);
    }

    private void label(Div facts, String key) {
        Span l = new Span(getTranslation(key));
        l.addClassName("tj-muted");
        facts.add(l);
    }

    private Grid<DisputeDetail.TimelineEntry> timeline(DisputeDetail d) {
        Grid<DisputeDetail.TimelineEntry> grid = new Grid<>(DisputeDetail.TimelineEntry.class, false);
        grid.setId("tj-timeline");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> Labels.dateTime(t.at())).setHeader(getTranslation("case.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> DeadlineSweep.ACTOR.equals(t.actor()) ? getTranslation("case.systemActor") : t.actor())
                .setHeader(getTranslation("case.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> t.isContact() ? getTranslation("case.contact", Labels.of(this, t.contactChannel()))
                : t.activity() != null ? Labels.of(this, t.activity())
                : Labels.withNote(this, (t.from() == null ? "" : Labels.of(this, t.from()) + " → ") + Labels.of(this, t.to()),
                        t.tier() == null ? null : Labels.of(this, t.tier())))
                .setHeader(getTranslation("case.what")).setAutoWidth(true);
        grid.addColumn(t -> t.isContact() ? t.contactText() : t.reason() == null ? "" : t.reason())
                .setHeader(getTranslation("case.reason")).setFlexGrow(2);
        grid.setItems(d.timeline().reversed());
        return grid;
    }

    private Div related(DisputeDetail d) {
        Div list = new Div();
        list.setId("tj-related");
        d.related().forEach(r -> {
            Div row = new Div();
            String label = getTranslation("format.label", Labels.of(this, r.kind()));
            if (r.caseNumber() != null) {
                row.add(new Span(label), new RouterLink(r.caseNumber(), CaseFileView.class, r.id()));
            } else {
                row.add(new Span(label + getTranslation("case.relatedHidden")));
            }
            if (r.reason() != null) {
                row.add(new Span(" " + getTranslation("format.note", r.reason())));
            }
            list.add(row);
        });
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
