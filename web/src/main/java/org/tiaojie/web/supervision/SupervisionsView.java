package org.tiaojie.web.supervision;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.organisation.AreaPlaces;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.supervision.SupervisionLevel;
import org.tiaojie.casework.supervision.SupervisionRow;
import org.tiaojie.casework.supervision.SupervisionQueryService;
import org.tiaojie.casework.supervision.SupervisionService;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;

/**
 * 督办事项: a supervisor's supervisions in their area, or those a mediator's organisation answers
 * for; open ones by default, by level, or only those past their due date; read from the database
 * a page at a time. A supervisor can supervise a compound from here; a row opens the supervision.
 */
@Route(value = "supervisions", layout = MainLayout.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MEDIATOR_NAME})
public class SupervisionsView extends VerticalLayout implements HasDynamicTitle {

    private final SupervisionService supervisions;
    private final SupervisionQueryService queries;
    private final Grid<SupervisionRow> grid = new Grid<>(SupervisionRow.class, false);
    private final Checkbox openOnly = new Checkbox();
    private final Checkbox overdueOnly = new Checkbox();
    private final Select<SupervisionLevel> level = new Select<>();
    private SupervisionQueryService.Filter filter = SupervisionQueryService.Filter.open();

    public SupervisionsView(SupervisionService supervisions, SupervisionQueryService queries, AreaPlaces areaPlaces,
            Clock clock) {
        this.supervisions = supervisions;
        this.queries = queries;
        addClassName("tj-page");
        setSizeFull();
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        openOnly.setLabel(getTranslation("supervisionUi.openOnly"));
        openOnly.setValue(true);
        openOnly.setId("tj-supervision-open-only");
        overdueOnly.setLabel(getTranslation("supervisionUi.overdueOnly"));
        overdueOnly.setId("tj-supervision-overdue-only");
        level.setId("tj-supervision-level-filter");
        level.setAriaLabel(getTranslation("supervisionUi.level"));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("supervisionUi.allLevels"));
        level.setItems(SupervisionLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("supervisionUi.allLevels") : Labels.of(this, l));
        openOnly.addValueChangeListener(e -> refilter());
        overdueOnly.addValueChangeListener(e -> refilter());
        level.addValueChangeListener(e -> refilter());
        HorizontalLayout bar = new HorizontalLayout(level, openOnly, overdueOnly);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        // on a phone the filters wrap onto lines of their own rather than squeeze a label to a character a line
        bar.setWrap(true);
        bar.setWidthFull();
        openOnly.getStyle().set("white-space", "nowrap");
        overdueOnly.getStyle().set("white-space", "nowrap");
        var user = CurrentUser.require();
        if (user.has(Role.SUPERVISOR)) {
            Button compound = new Button(getTranslation("supervisionUi.issueCompound"), e -> SupervisionDialogs.issue(
                    queries, null, areaPlaces.compoundOptions(CurrentUser.require().area()), (form, where) -> supervisions.issueOnCompound(where, form),
                    () -> grid.getDataProvider().refreshAll()).open());
            compound.setId("tj-supervise-compound");
            compound.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(compound);
        }

        grid.setId("tj-supervisions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SupervisionRow::noticeNumber).setHeader(getTranslation("supervisionUi.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.caseNumber() != null ? r.caseNumber() : r.compoundName())
                .setHeader(getTranslation("supervisionUi.subject")).setAutoWidth(true);
        grid.addColumn(SupervisionRow::compoundName).setHeader(getTranslation("supervisionUi.compound"));
        grid.addColumn(r -> Labels.of(this, r.level())).setHeader(getTranslation("supervisionUi.level"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Labels.of(this, r.trigger())).setHeader(getTranslation("supervisionUi.trigger"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SupervisionRow::responsibleName).setHeader(getTranslation("supervisionUi.responsible"));
        grid.addComponentColumn(r -> {
            Span due = new Span(Labels.date(r.dueDate()));
            if (r.overdue(today)) {
                due.setText(getTranslation("supervisionUi.dueOverdue", Labels.date(r.dueDate())));
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("supervisionUi.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Labels.of(this, r.state())).setHeader(getTranslation("supervisionUi.state"))
                .setAutoWidth(true).setFlexGrow(0);
        // on a phone one card per supervision instead of the columns: number, level and state, due date, subject
        var card = grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<SupervisionRow>of("""
                <div class="tj-row-card"><div><b>${item.number}</b> <span theme="badge small contrast">${item.level}</span>
                <span theme="badge small">${item.state}</span></div>
                <div class="${item.dueStyle}">${item.due}</div>
                <div class="tj-muted">${item.subject}</div><div class="tj-muted">${item.responsible}</div></div>""")
                .withProperty("number", SupervisionRow::noticeNumber)
                .withProperty("level", r -> Labels.of(this, r.level()))
                .withProperty("state", r -> Labels.of(this, r.state()))
                .withProperty("due", r -> r.overdue(today) ? getTranslation("supervisionUi.dueOverdue",
                        Labels.date(r.dueDate())) : getTranslation("supervisionUi.dueOn", Labels.date(r.dueDate())))
                .withProperty("dueStyle", r -> r.overdue(today) ? "tj-due-overdue" : "")
                .withProperty("subject", r -> r.caseNumber() == null ? r.compoundName()
                        : getTranslation("supervisionUi.cardSubject", r.caseNumber(), r.compoundName()))
                .withProperty("responsible", r -> getTranslation("supervisionUi.cardResponsible", r.responsibleName())))
                .setHeader(getTranslation("nav.supervisions"));
        card.setVisible(false);
        org.tiaojie.web.base.Narrow.watch(grid, phone -> grid.getColumns().forEach(c -> c.setVisible(c == card
                ? phone : !phone)));
        grid.setItems(query -> queries.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, queries.count(filter)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("supervision/" + e.getItem().id())));
        add(bar, grid);
        setFlexGrow(1, grid);
    }

    private void refilter() {
        filter = new SupervisionQueryService.Filter(openOnly.getValue(), level.getValue(), overdueOnly.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervisions");
    }
}
