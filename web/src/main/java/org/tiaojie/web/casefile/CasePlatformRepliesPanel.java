package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.reply.PlatformReplyRow;
import org.tiaojie.casework.reply.PlatformReplyService;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * 12345答复 in the case file of a 12345 order: every reply sent to the platform (阶段性答复, 办结反馈)
 * with who wrote it and whether the platform's callback took it; the handling mediator writes a
 * stage reply while the case is open, and the final reply once — 办结 waits for it.
 */
class CasePlatformRepliesPanel extends VerticalLayout {

    CasePlatformRepliesPanel(PlatformReplyService replies, DisputeDetail d, List<PlatformReplyRow> rows, Runnable refresh) {
        setPadding(false);
        setId("tj-platform-replies");
        if (rows.isEmpty()) {
            Span none = new Span(getTranslation("replyUi.none"));
            none.addClassName("tj-muted");
            add(none);
        } else {
            // one card a reply: readable on a phone as on a desk
            for (PlatformReplyRow r : rows) {
                Span kind = new Span(getTranslation(r.finalReply() ? "replyUi.final" : "replyUi.stage"));
                kind.getElement().getThemeList().add(r.finalReply() ? "badge success" : "badge");
                Span meta = new Span(getTranslation("replyUi.meta", Labels.dateTime(r.repliedAt()), r.repliedBy(),
                        r.pushedAt() == null ? getTranslation("replyUi.pull")
                                : getTranslation("replyUi.pushed", Labels.dateTime(r.pushedAt()))));
                meta.addClassName("tj-muted");
                Div head = new Div(kind, meta);
                head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                        .set("align-items", "baseline");
                Paragraph words = new Paragraph(r.content());
                words.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("white-space", "pre-wrap");
                Div card = new Div(head, words);
                card.addClassName("tj-reply");
                card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                        .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                        .set("width", "100%").set("box-sizing", "border-box");
                add(card);
            }
        }
        boolean finalGiven = rows.stream().anyMatch(PlatformReplyRow::finalReply);
        if (d.actionable() && !finalGiven) {
            HorizontalLayout actions = new HorizontalLayout();
            if (d.state().isOpen()) {
                Button stage = new Button(getTranslation("replyUi.writeStage"), e -> open(replies, d, false, refresh));
                stage.setId("tj-reply-stage");
                actions.add(stage);
            }
            Button last = new Button(getTranslation("replyUi.writeFinal"), e -> open(replies, d, true, refresh));
            last.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            last.setId("tj-reply-final");
            actions.add(last);
            add(actions);
        }
    }

    private void open(PlatformReplyService replies, DisputeDetail d, boolean last, Runnable refresh) {
        TextArea text = new TextArea(getTranslation("replyUi.content"));
        text.setMaxLength(PlatformReplyService.MAX_LENGTH);
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        text.setHelperText(getTranslation(last ? "replyUi.finalHelp" : "replyUi.stageHelp"));
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setRequiredIndicatorVisible(true);
        text.setId("tj-reply-text");
        FormDialog dialog = new FormDialog(getTranslation(last ? "replyUi.writeFinal" : "replyUi.writeStage"),
                getTranslation("replyUi.send"), () -> replies.reply(d.id(), d.version(), last, text.getValue()), refresh);
        dialog.addFields(text);
        dialog.open();
        text.focus();
    }
}
