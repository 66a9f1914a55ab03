package org.tiaojie.web.mediation;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.tiaojie.casework.calendar.WorkingCalendar;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.deadline.ClockStatus;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.web.base.Labels;

/**
 * The queue's filters: state, tier, category, clock state (正常/临期/超期), supervised, urgent and
 * text. Every change builds a new filter on top of the queue's base and hands it on.
 */
class QueueFilterBar extends FlexLayout {

    private final Select<DisputeState> state = new Select<>();
    private final Select<Tier> tier = new Select<>();
    private final ComboBox<CategoryRow> category = new ComboBox<>();
    private final Select<ClockStatus> clock = new Select<>();
    private final Checkbox supervised = new Checkbox();
    private final Checkbox urgent = new Checkbox();
    private final TextField text = new TextField();
    private final DisputeFilter base;
    private final WorkingCalendar calendar;
    private final LocalDate today;
    private final Consumer<DisputeFilter> onChange;

    QueueFilterBar(DisputeFilter base, List<CategoryRow> categories, WorkingCalendar calendar, LocalDate today,
            Consumer<DisputeFilter> onChange) {
        this.base = base;
        this.calendar = calendar;
        this.today = today;
        this.onChange = onChange;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");

        state.setLabel(getTranslation("queue.state"));
        state.setItems(EnumSet.copyOf(DisputeState.openStates()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("queue.any"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("queue.any") : Labels.of(this, s));
        state.setId("tj-filter-state");
        tier.setLabel(getTranslation("dispute.tier"));
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("queue.any"));
        tier.setItemLabelGenerator(t -> t == null ? getTranslation("queue.any") : Labels.of(this, t));
        category.setLabel(getTranslation("dispute.category"));
        category.setItems(categories.stream().filter(CategoryRow::topLevel).toList());
        category.setItemLabelGenerator(CategoryRow::name);
        category.setClearButtonVisible(true);
        clock.setLabel(getTranslation("queue.clock"));
        clock.setItems(ClockStatus.values());
        clock.setEmptySelectionAllowed(true);
        clock.setEmptySelectionCaption(getTranslation("queue.any"));
        clock.setItemLabelGenerator(c -> c == null ? getTranslation("queue.any") : Labels.of(this, c));
        clock.setId("tj-filter-clock");
        supervised.setLabel(getTranslation("queue.supervised"));
        urgent.setLabel(getTranslation("queue.urgent"));
        text.setLabel(getTranslation("queue.text"));
        text.setPlaceholder(getTranslation("home.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("tj-filter-text");
        state.addValueChangeListener(e -> changed());
        tier.addValueChangeListener(e -> changed());
        category.addValueChangeListener(e -> changed());
        clock.addValueChangeListener(e -> changed());
        supervised.addValueChangeListener(e -> changed());
        urgent.addValueChangeListener(e -> changed());
        text.addValueChangeListener(e -> changed());
        add(text, state, clock, tier, category, supervised, urgent);
    }

    /** The filter for one clock state: 超期 before today, 临期 within two working days, 正常 after. */
    static DisputeFilter forClock(DisputeFilter filter, ClockStatus status, WorkingCalendar calendar, LocalDate today) {
        if (status == null) {
            return filter;
        }
        LocalDate warnLimit = calendar.addWorkingDays(today, 2).plusDays(1);
        return switch (status) {
            case OVERDUE -> filter.withDueBetween(null, today);
            case WARNING -> filter.withDueBetween(today, warnLimit);
            case NORMAL -> filter.withDueBetween(warnLimit, null);
        };
    }

    private void changed() {
        DisputeFilter f = base;
        if (state.getValue() != null) {
            f = f.withStates(Set.of(state.getValue()));
        }
        f = f.withTier(tier.getValue())
                .withCategory(category.getValue() == null ? null : category.getValue().id())
                .withSupervisedOnly(supervised.getValue())
                .withUrgentOnly(urgent.getValue())
                .withText(text.getValue());
        onChange.accept(forClock(f, clock.getValue(), calendar, today));
    }
}
