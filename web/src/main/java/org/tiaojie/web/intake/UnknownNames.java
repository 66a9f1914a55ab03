package org.tiaojie.web.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.intake.CompoundMatch;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportMapping;
import org.tiaojie.casework.intake.ImportMappings;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.web.base.UiErrorHandler;

/**
 * The platform's names an import's preview could not resolve — compounds Tiaojie knows by another name (or that are
 * another district's) and category pairs it does not have — gathered from the refused rows, each offered once with
 * the choices of the operator's area. What is chosen is remembered in the platform's mapping and the file checked
 * again, so the same rows do not fail every day (docs/DOMAIN.md, "Importing a platform's export").
 */
class UnknownNames extends VerticalLayout {

    /** The most names of each kind offered at once (the rest follow after the next check). */
    static final int SHOWN = 30;

    private final ImportMappings mappings;
    private final IntakeService intake;
    private final CategoryService categories;
    private final Runnable recheck;
    private final Map<String, Integer> compounds = new LinkedHashMap<>();
    private final Map<List<String>, Integer> pairs = new LinkedHashMap<>();
    private final List<Choice> choices = new ArrayList<>();
    private final Span error = new Span();
    private String platform;
    private final Map<Long, String> labels = new java.util.HashMap<>();

    /** A name offered and what the operator chose for it. */
    private record Choice(String name, List<String> pair, ComboBox<CompoundMatch> compound, Checkbox elsewhere,
            ComboBox<CategoryRow> category) {
    }

    UnknownNames(ImportMappings mappings, IntakeService intake, CategoryService categories, Runnable recheck) {
        this.mappings = mappings;
        this.intake = intake;
        this.categories = categories;
        this.recheck = recheck;
        setId("tj-unknown-names");
        setPadding(false);
        setSpacing(false);
        setVisible(false);
    }

    /** Takes a checked chunk: the refused rows' unknown compound names and category pairs, as the platform sent them. */
    void gather(List<ImportLine> lines, List<ImportOutcome> outcomes) {
        for (int i = 0; i < lines.size() && i < outcomes.size(); i++) {
            ImportLine.Sent sent = lines.get(i).sent();
            ImportOutcome o = outcomes.get(i);
            if (sent == null || o.status() != ImportOutcome.Status.REJECTED) {
                continue;
            }
            if (sent.compound() != null && o.problems().stream().anyMatch(p -> p.key().equals("workOrder.compound.unknown"))) {
                compounds.merge(sent.compound(), 1, Integer::sum);
            }
            if (o.problems().stream().anyMatch(p -> p.key().startsWith("workOrder.category."))) {
                pairs.merge(java.util.Arrays.asList(sent.category(), sent.subCategory()), 1, Integer::sum);
            }
        }
    }

    /** Shows what was gathered in a check of a file read by {@code platform}'s mapping (none: hidden), and forgets it. */
    void show(String platform) {
        this.platform = platform;
        removeAll();
        choices.clear();
        error.setText("");
        setVisible(platform != null && (!compounds.isEmpty() || !pairs.isEmpty()));
        if (isVisible()) {
            Span title = new Span(getTranslation("import.unknown.title", platform));
            title.addClassName("tj-muted");
            add(title);
            top(compounds).forEach(e -> add(compoundRow(e.getKey(), e.getValue())));
            List<CategoryRow> leaves = leaves();
            top(pairs).forEach(e -> add(categoryRow(e.getKey(), e.getValue(), leaves)));
            Button remember = new Button(getTranslation("import.unknown.remember"), e -> remember());
            remember.setId("tj-unknown-remember");
            remember.addThemeVariants(ButtonVariant.LUMO_SMALL);
            error.setId("tj-unknown-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            HorizontalLayout actions = new HorizontalLayout(remember, error);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(actions);
        }
        compounds.clear();
        pairs.clear();
    }

    private static <K> List<Map.Entry<K, Integer>> top(Map<K, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<K, Integer>comparingByValue().reversed()).limit(SHOWN)
                .toList();
    }

    private HorizontalLayout compoundRow(String name, int rows) {
        int n = choices.size();
        ComboBox<CompoundMatch> compound = new ComboBox<>();
        compound.setId("tj-unknown-compound-" + n);
        compound.setAriaLabel(getTranslation("import.unknown.compound", name));
        compound.setPlaceholder(getTranslation("import.unknown.choose"));
        compound.setItems(q -> intake.findCompounds(q.getFilter().orElse(""), q.getOffset() + q.getLimit()).stream()
                .skip(q.getOffset()).limit(q.getLimit()));
        compound.setItemLabelGenerator(CompoundMatch::label);
        compound.setWidth("22em");
        Checkbox elsewhere = new Checkbox(getTranslation("import.unknown.elsewhere"));
        elsewhere.setId("tj-unknown-compound-" + n + "-elsewhere");
        elsewhere.addValueChangeListener(e -> compound.setEnabled(!e.getValue()));
        choices.add(new Choice(name, null, compound, elsewhere, null));
        return row(getTranslation("import.unknown.compoundRows", name, rows), compound, elsewhere);
    }

    private HorizontalLayout categoryRow(List<String> pair, int rows, List<CategoryRow> leaves) {
        int n = choices.size();
        ComboBox<CategoryRow> category = new ComboBox<>();
        category.setId("tj-unknown-category-" + n);
        String sent = pair.stream().filter(Objects::nonNull).collect(Collectors.joining(" / "));
        category.setAriaLabel(getTranslation("import.unknown.category", sent));
        category.setPlaceholder(getTranslation("import.unknown.choose"));
        category.setItems(leaves);
        category.setItemLabelGenerator(this::label);
        category.setWidth("22em");
        choices.add(new Choice(null, pair, null, null, category));
        return row(getTranslation("import.unknown.categoryRows", sent, rows), category);
    }

    private HorizontalLayout row(String what, com.vaadin.flow.component.Component... fields) {
        Span label = new Span(what);
        label.setMinWidth("16em");
        HorizontalLayout row = new HorizontalLayout(label);
        row.add(fields);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** The categories a row may be given: those without sub-categories of their own, shown as 大类/细类. */
    private List<CategoryRow> leaves() {
        List<CategoryRow> all = categories.findAll().stream().filter(CategoryRow::active).toList();
        Map<Long, String> names = all.stream().collect(Collectors.toMap(CategoryRow::id, CategoryRow::name));
        java.util.Set<Long> parents = all.stream().map(CategoryRow::parentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        labels.clear();
        all.forEach(c -> labels.put(c.id(), c.parentId() == null ? c.name() : names.get(c.parentId()) + "/" + c.name()));
        return all.stream().filter(c -> !parents.contains(c.id())).toList();
    }

    private String label(CategoryRow c) {
        return labels.getOrDefault(c.id(), c.name());
    }

    private void remember() {
        List<ImportMapping.CompoundAlias> aliases = new ArrayList<>();
        List<ImportMapping.CategoryEntry> entries = new ArrayList<>();
        for (Choice c : choices) {
            if (c.compound() != null && c.elsewhere().getValue()) {
                aliases.add(new ImportMapping.CompoundAlias(c.name(), null, null, true));
            } else if (c.compound() != null && c.compound().getValue() != null) {
                CompoundMatch m = c.compound().getValue();
                aliases.add(new ImportMapping.CompoundAlias(c.name(), m.name(), m.communityName(), false));
            } else if (c.category() != null && c.category().getValue() != null) {
                entries.add(new ImportMapping.CategoryEntry(c.pair().get(0), c.pair().get(1),
                        c.category().getValue().code()));
            }
        }
        if (aliases.isEmpty() && entries.isEmpty()) {
            error.setText(getTranslation("import.unknown.none"));
            return;
        }
        try {
            mappings.remember(platform, aliases, entries);
            recheck.run();
        } catch (RuntimeException e) {
            error.setText(UiErrorHandler.messageFor(getUI().orElse(null), e));
        }
    }
}
