package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.supervision.SupervisionRow;
import org.tiaojie.casework.supervision.SupervisionQueryService;
import org.tiaojie.casework.supervision.SupervisionService;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.supervision.SupervisionDialogs;

/**
 * 督办 in the case file: the dispute's supervisions with where each stands (a row opens it), and,
 * for a supervisor while the dispute is open, 发起督办 (or a higher level on an open one).
 */
class CaseSupervisionPanel extends VerticalLayout {

    CaseSupervisionPanel(SupervisionService supervisions, SupervisionQueryService queries, long disputeId, boolean open, List<SupervisionRow> rows,
            Runnable refresh) {
        setPadding(false);
        if (!rows.isEmpty()) {
            Grid<SupervisionRow> grid = new Grid<>(SupervisionRow.class, false);
            grid.setId("tj-case-supervisions");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.addColumn(SupervisionRow::noticeNumber).setHeader(getTranslation("supervisionUi.number"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> Labels.of(this, r.level())).setHeader(getTranslation("supervisionUi.level"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> Labels.of(this, r.trigger()) + getTranslation("format.listSeparator") + r.reason())
                    .setHeader(getTranslation("supervisionUi.reason")).setFlexGrow(2);
            grid.addColumn(SupervisionRow::responsibleName).setHeader(getTranslation("supervisionUi.responsible"))
                    .setAutoWidth(true);
            grid.addColumn(r -> Labels.date(r.dueDate())).setHeader(getTranslation("supervisionUi.due"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> Labels.of(this, r.state())).setHeader(getTranslation("supervisionUi.state"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.setItems(rows);
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("supervision/" + e.getItem().id())));
            add(grid);
        }
        if (open && CurrentUser.require().has(Role.SUPERVISOR)) {
            Button issue = new Button(getTranslation("supervisionUi.issue"), e -> SupervisionDialogs.issue(queries,
                    queries.responsibleOptionsForDispute(disputeId), List.of(),
                    (form, ignored) -> supervisions.issueOnDispute(disputeId, form), refresh).open());
            issue.setId("tj-supervise");
            add(issue);
        }
    }
}
