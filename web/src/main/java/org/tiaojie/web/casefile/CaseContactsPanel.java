package org.tiaojie.web.casefile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.tiaojie.casework.dispute.ContactMerging;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * 并单来电: the further calls kept on this case, one card each — when and how it came, its order number and
 * reply due time, the caller by name with the number masked, its words, whether the rule or a person merged it —
 * and, for whoever may act on the open case, 拆分为新案件 when a call turns out to be a matter of its own.
 */
class CaseContactsPanel extends VerticalLayout {

    CaseContactsPanel(CaseFileServices services, DisputeDetail d, List<ContactMerging.ContactRow> rows) {
        setPadding(false);
        setId("tj-contacts");
        for (ContactMerging.ContactRow c : rows) {
            Span channel = new Span(Labels.of(this, c.channel()));
            channel.getElement().getThemeList().add(c.splitTo() != null ? "badge contrast" : "badge");
            Span meta = new Span(getTranslation(c.byRule() ? "contactUi.metaRule" : "contactUi.metaHand",
                    Labels.dateTime(c.at()), c.by()));
            meta.addClassName("tj-muted");
            Div head = new Div(channel, meta);
            if (c.orderNumber() != null) {
                head.add(new Span(getTranslation("contactUi.order", c.orderNumber())));
            }
            if (c.replyDueAt() != null && c.splitTo() == null) {
                head.add(new Span(getTranslation("contactUi.replyDue", due(c.replyDueAt()))));
            }
            head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline");
            Div card = new Div(head);
            if (c.callerName() != null || c.phoneMasked() != null) {
                Span caller = new Span(getTranslation("contactUi.caller", c.callerName() == null ? "" : c.callerName(),
                        c.phoneMasked() == null ? "" : c.phoneMasked()));
                card.add(new Div(caller));
            }
            Paragraph words = new Paragraph(c.content());
            words.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("white-space", "pre-wrap");
            card.add(words);
            if (c.splitTo() != null) {
                Div split = new Div(new Span(getTranslation("contactUi.splitTo")));
                if (c.splitCaseNumber() != null) {
                    split.add(new RouterLink(c.splitCaseNumber(), CaseFileView.class, c.splitTo()));
                }
                split.addClassName("tj-muted");
                card.add(split);
            } else if (d.actionable() && d.state().isOpen()) {
                Button split = new Button(getTranslation("contactUi.split"), e -> confirm(services, d, c));
                split.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                split.addClassName("tj-contact-split");
                card.add(split);
            }
            card.addClassName("tj-contact");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                    .set("width", "100%").set("box-sizing", "border-box");
            add(card);
        }
    }

    /** A day-counted due time ends at midnight after its last day: that day is shown, as the clocks show it. */
    private static String due(java.time.Instant at) {
        return at.atZone(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).toLocalTime()
                .equals(java.time.LocalTime.MIDNIGHT)
                ? Labels.date(org.tiaojie.casework.deadline.DeadlineCalculator.lastDayOf(at)) : Labels.dateTime(at);
    }

    private void confirm(CaseFileServices services, DisputeDetail d, ContactMerging.ContactRow c) {
        long[] made = new long[1];
        FormDialog dialog = new FormDialog(getTranslation("contactUi.split"), getTranslation("contactUi.splitConfirm"),
                () -> made[0] = services.repeatCalls().split(d.id(), c.id()),
                () -> UI.getCurrent().navigate(CaseFileView.class, made[0]));
        Paragraph explain = new Paragraph(getTranslation("contactUi.splitExplain", d.caseNumber()));
        dialog.addFields(explain);
        dialog.open();
    }
}
