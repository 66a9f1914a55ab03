package org.tiaojie.web.mediation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.tiaojie.casework.account.SavedFilterRow;
import org.tiaojie.casework.account.SavedFilterService;
import org.tiaojie.casework.calendar.WorkingCalendar;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.dispute.DisputeFlag;
import org.tiaojie.casework.place.PlaceOption;
import org.tiaojie.casework.deadline.ClockStatus;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * The queue's filters: state, tier, category, compound, clock state (正常/临期/超期), flags,
 * supervised, urgent and text. Every change builds a new filter on top of the queue's base and hands it on.
 */
class QueueFilterBar extends FlexLayout {

    private final Select<DisputeState> state = new Select<>();
    private final Select<Tier> tier = new Select<>();
    private final ComboBox<CategoryRow> category = new ComboBox<>();
    private final Select<ClockStatus> clock = new Select<>();
    private final Checkbox supervised = new Checkbox();
    private final Checkbox urgent = new Checkbox();
    /** 本室全部 or 我承办的. */
    private final com.vaadin.flow.component.radiobutton.RadioButtonGroup<Boolean> scope =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
    private final ComboBox<PlaceOption> compound = new ComboBox<>();
    private final com.vaadin.flow.component.combobox.MultiSelectComboBox<DisputeFlag> flags =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();
    private final TextField text = new TextField();
    private final DisputeFilter base;
    private final WorkingCalendar calendar;
    private final LocalDate today;
    private final Consumer<DisputeFilter> onChange;

    QueueFilterBar(DisputeFilter base, List<CategoryRow> categories, List<PlaceOption> compounds,
            WorkingCalendar calendar, LocalDate today, SavedFilterService saved, Consumer<DisputeFilter> onChange) {
        this.base = base;
        this.calendar = calendar;
        this.today = today;
        this.onChange = onChange;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");

        scope.setLabel(getTranslation("queue.scope"));
        scope.setItems(false, true);
        scope.setItemLabelGenerator(mineOnly -> getTranslation(mineOnly ? "queue.scope.mine" : "queue.scope.room"));
        scope.setValue(false);
        scope.setId("tj-filter-scope");
        scope.addValueChangeListener(e -> changed());
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
        compound.setLabel(getTranslation("dispute.compound"));
        compound.setItems(compounds);
        compound.setItemLabelGenerator(PlaceOption::label);
        compound.setClearButtonVisible(true);
        compound.setId("tj-filter-compound");
        flags.setLabel(getTranslation("queue.flags"));
        flags.setItems(DisputeFlag.values());
        flags.setItemLabelGenerator(f -> Labels.of(this, f));
        flags.setId("tj-filter-flags");
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
        compound.addValueChangeListener(e -> changed());
        flags.addValueChangeListener(e -> changed());
        text.addValueChangeListener(e -> changed());
        add(scope, text, state, clock, tier, category, compound, flags, supervised, urgent);
        addSaved(saved);
    }

    /** Saved filters: pick one to apply it; save the current one under a name. */
    private void addSaved(SavedFilterService saved) {
        ComboBox<SavedFilterRow> mine = new ComboBox<>(getTranslation("queue.saved"));
        mine.setItemLabelGenerator(SavedFilterRow::name);
        mine.setItems(saved.mine(SCREEN));
        mine.setClearButtonVisible(true);
        mine.setId("tj-saved-filters");
        mine.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                apply(e.getValue() == null ? "" : e.getValue().query());
            }
        });
        Button save = new Button(getTranslation("queue.saveFilter"), e -> {
            TextField name = new TextField(getTranslation("queue.filterName"));
            name.setId("tj-filter-name");
            name.setMaxLength(40);
            FormDialog dialog = new FormDialog(getTranslation("queue.saveFilter"), () -> saved.save(SCREEN,
                    name.getValue(), encode()), () -> mine.setItems(saved.mine(SCREEN)));
            dialog.addFields(name);
            dialog.open();
            name.focus();
        });
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.setId("tj-save-filter");
        add(mine, save);
    }

    static final String SCREEN = "mediator-queue";

    /** The current choices as a query string, for saving. */
    String encode() {
        StringBuilder sb = new StringBuilder();
        put(sb, "state", state.getValue() == null ? null : state.getValue().name());
        put(sb, "clock", clock.getValue() == null ? null : clock.getValue().name());
        put(sb, "tier", tier.getValue() == null ? null : tier.getValue().name());
        put(sb, "category", category.getValue() == null ? null : Long.toString(category.getValue().id()));
        put(sb, "supervised", supervised.getValue() ? "1" : null);
        put(sb, "urgent", urgent.getValue() ? "1" : null);
        put(sb, "mine", Boolean.TRUE.equals(scope.getValue()) ? "1" : null);
        put(sb, "compound", compound.getValue() == null ? null : Long.toString(compound.getValue().id()));
        put(sb, "flags", flags.getValue().isEmpty() ? null
                : flags.getValue().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")));
        put(sb, "text", text.getValue() == null || text.getValue().isBlank() ? null : text.getValue());
        return sb.toString();
    }

    private static void put(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append(sb.isEmpty() ? "" : "&").append(key).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** Sets the fields from a saved query string; unknown or stale values are ignored. */
    void apply(String query) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        state.setValue(parse(DisputeState.class, values.get("state")));
        clock.setValue(parse(ClockStatus.class, values.get("clock")));
        tier.setValue(parse(Tier.class, values.get("tier")));
        String cat = values.get("category");
        category.setValue(cat == null ? null : category.getListDataView().getItems()
                .filter(c -> Long.toString(c.id()).equals(cat)).findFirst().orElse(null));
        supervised.setValue(values.containsKey("supervised"));
        urgent.setValue(values.containsKey("urgent"));
        scope.setValue(values.containsKey("mine"));
        String place = values.get("compound");
        compound.setValue(place == null ? null : compound.getListDataView().getItems()
                .filter(c -> Long.toString(c.id()).equals(place)).findFirst().orElse(null));
        flags.setValue(values.get("flags") == null ? Set.of() : java.util.Arrays.stream(values.get("flags").split(","))
                .map(n -> parse(DisputeFlag.class, n)).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        text.setValue(values.getOrDefault("text", ""));
        changed();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The filter for one clock state: 超期 once the nearest clock's last day has passed, 临期 from that
     * clock's own warning time, 正常 before it.
     */
    static DisputeFilter forClock(DisputeFilter filter, ClockStatus status, LocalDate today) {
        if (status == null) {
            return filter;
        }
        // the nearest clock's own 临期 time, the rule the lists colour by and the sweep announces by
        java.time.Instant now = java.time.Instant.now();
        return switch (status) {
            case OVERDUE -> filter.withDueBetween(null, today);
            case WARNING -> filter.withDueBetween(today, null).withWarnCut(now, true);
            case NORMAL -> filter.withDueBetween(today, null).withWarnCut(now, false);
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
                .withCompound(compound.getValue() == null ? null : compound.getValue().id())
                .withFlags(flags.getValue())
                .withText(text.getValue())
                .handledByMe(Boolean.TRUE.equals(scope.getValue()));
        onChange.accept(forClock(f, clock.getValue(), today));
    }
}
