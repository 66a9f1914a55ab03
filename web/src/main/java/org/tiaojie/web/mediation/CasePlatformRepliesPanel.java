package org.tiaojie.web.mediation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
            Grid<PlatformReplyRow> grid = new Grid<>(PlatformReplyRow.class, false);
            grid.setId("tj-platform-replies-grid");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.addColumn(r -> getTranslation(r.finalReply() ? "replyUi.final" : "replyUi.stage"))
                    .setHeader(getTranslation("replyUi.kind")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> Labels.withNote(this, Labels.dateTime(r.repliedAt()), r.repliedBy()))
                    .setHeader(getTranslation("replyUi.when")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(PlatformReplyRow::content).setHeader(getTranslation("replyUi.content")).setFlexGrow(3);
            grid.addColumn(r -> r.pushedAt() == null ? getTranslation("replyUi.pull")
                    : getTranslation("replyUi.pushed", Labels.dateTime(r.pushedAt())))
                    .setHeader(getTranslation("replyUi.delivery")).setAutoWidth(true).setFlexGrow(0);
            grid.setItems(rows);
            add(grid);
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
