package org.tiaojie.web.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.web.base.DisputeGrid;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;

/**
 * 案件检索: full-text search over descriptions, case numbers, callers, parties and compounds in
 * Chinese (words found inside unsegmented text, the exact phrase first), narrowed by state,
 * category, channel and date, always inside the user's own area.
 */
@Route(value = "search", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.MEDIATOR_NAME, Role.SUPERVISOR_NAME})
public class SearchView extends VerticalLayout implements HasDynamicTitle {

    /** Which states a search covers. */
    enum Scope { ALL, OPEN, FINISHED }

    private final DisputeQueryService disputes;
    private final TextField text = new TextField();
    private final Select<Scope> scope = new Select<>();
    private final ComboBox<CategoryRow> category = new ComboBox<>();
    private final Select<Channel> channel = new Select<>();
    private final DatePicker since = new DatePicker();
    private final Span found = new Span();
    private final DisputeGrid grid;

    public SearchView(DisputeQueryService disputes, CategoryService categories, CalendarService calendar, Clock clock) {
        this.disputes = disputes;
        addClassName("tj-page");
        setSizeFull();
        text.setId("tj-search-text");
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setWidth("22em");
        text.setMaxLength(200);
        text.addKeyPressListener(Key.ENTER, e -> apply());
        scope.setLabel(getTranslation("search.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("search.scope." + s.name()));
        scope.setValue(Scope.ALL);
        scope.setId("tj-search-scope");
        category.setLabel(getTranslation("search.category"));
        category.setItems(categories.findAll());
        category.setItemLabelGenerator(c -> c.parentId() == null ? c.name() : "\u3000" + c.name());
        category.setClearButtonVisible(true);
        category.setId("tj-search-category");
        channel.setLabel(getTranslation("search.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("search.any") : Labels.of(this, c));
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("search.any"));
        channel.setId("tj-search-channel");
        since.setLabel(getTranslation("search.since"));
        since.setId("tj-search-since");
        since.setClearButtonVisible(true);
        Button go = new Button(getTranslation("search.go"), e -> apply());
        go.setId("tj-search-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(text, scope, category, channel, since, go);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        found.setId("tj-search-found");
        found.addClassName("tj-muted");
        grid = new DisputeGrid(disputes, calendar.calendar(), clock, filter(), DisputeSort.REGISTERED_DESC);
        grid.setId("tj-search-results");
        add(bar, found, grid);
        setFlexGrow(1, grid);
        text.focus();
        apply();
    }

    DisputeFilter filter() {
        DisputeFilter f = DisputeFilter.all();
        if (scope.getValue() == Scope.OPEN) {
            f = DisputeFilter.open();
        } else if (scope.getValue() == Scope.FINISHED) {
            f = f.withStates(Set.of(DisputeState.CLOSED, DisputeState.REVISITED, DisputeState.ARCHIVED,
                    DisputeState.REJECTED, DisputeState.TRANSFERRED));
        }
        if (channel.getValue() != null) {
            f = new DisputeFilter(f.states(), false, false, Set.of(channel.getValue()), null, null, null);
        }
        if (category.getValue() != null) {
            f = f.withCategory(category.getValue().id());
        }
        if (since.getValue() != null) {
            f = f.withRegisteredSince(since.getValue().atStartOfDay(CaseworkConfiguration.ZONE).toInstant());
        }
        return f.withText(text.getValue() == null || text.getValue().isBlank() ? null : text.getValue());
    }

    void apply() {
        DisputeFilter f = filter();
        grid.setFilter(f);
        long count = disputes.count(f);
        found.setText(f.text() == null ? getTranslation("search.countAll", count)
                : getTranslation("search.count", f.text().strip(), count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search");
    }

}
