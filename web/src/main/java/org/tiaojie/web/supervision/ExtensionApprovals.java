package org.tiaojie.web.supervision;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.tiaojie.casework.supervision.ExtensionRow;
import org.tiaojie.casework.supervision.ExtensionService;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/** 延期审批: the extension requests awaiting a decision in the supervisor's area, oldest first. */
class ExtensionApprovals extends VerticalLayout {

    private static final int SHOWN = 100;

    private final ExtensionService extensions;
    private final Grid<ExtensionRow> grid = new Grid<>(ExtensionRow.class, false);
    private final Span none = new Span();

    ExtensionApprovals(ExtensionService extensions) {
        this.extensions = extensions;
        setPadding(false);
        setSpacing(false);
        grid.setId("tj-extension-requests");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // by address: the case file (mediation) links to supervision, not the other way round
        grid.addComponentColumn(r -> new com.vaadin.flow.component.html.Anchor("case/" + r.disputeId(), r.caseNumber()))
                .setHeader(getTranslation("dispute.caseNumber")).setAutoWidth(true);
        grid.addColumn(ExtensionRow::organisationName).setHeader(getTranslation("dispute.organisation"));
        grid.addColumn(r -> getTranslation("approval.days", Labels.of(this, r.clockKind()), r.days()))
                .setHeader(getTranslation("approval.what")).setAutoWidth(true);
        grid.addColumn(ExtensionRow::reason).setHeader(getTranslation("case.reason")).setWidth("14em").setFlexGrow(2);
        grid.addColumn(r -> Labels.withNote(this, r.requestedBy(), Labels.dateTime(r.requestedAt())))
                .setHeader(getTranslation("approval.requested"));
        grid.addComponentColumn(r -> {
            Button approve = new Button(getTranslation("approval.approve"), e -> decide(r, true));
            approve.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SUCCESS);
            approve.setId("tj-approve-" + r.id());
            Button refuse = new Button(getTranslation("approval.refuse"), e -> decide(r, false));
            refuse.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            refuse.setId("tj-refuse-" + r.id());
            return new HorizontalLayout(approve, refuse);
        }).setAutoWidth(true).setFlexGrow(0);
        none.setText(getTranslation("approval.none"));
        none.addClassName("tj-muted");
        add(grid, none);
        reload();
    }

    private void reload() {
        List<ExtensionRow> pending = extensions.pending(SHOWN);
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        none.setVisible(pending.isEmpty());
    }

    private void decide(ExtensionRow r, boolean approve) {
        TextArea note = new TextArea(getTranslation("approval.note"));
        note.setId("tj-reason");
        note.setMaxLength(500);
        note.setWidthFull();
        note.setHelperText(getTranslation(approve ? "approval.note.approve" : "approval.note.refuse"));
        FormDialog dialog = new FormDialog(getTranslation(approve ? "approval.approve" : "approval.refuse")
                + " · " + r.caseNumber(), getTranslation("case.confirm"), () -> {
                    if (approve) {
                        extensions.approve(r.id(), note.getValue());
                    } else {
                        extensions.refuse(r.id(), note.getValue());
                    }
                }, this::reload);
        dialog.addFields(note);
        dialog.open();
        note.focus();
    }
}
