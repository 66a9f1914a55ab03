package org.tiaojie.web.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.intake.DuplicateCandidate;
import org.tiaojie.web.base.Labels;

/**
 * Beside the intake form, what the operator should know before saving: the open disputes this
 * call may repeat (each with 并入此案), the caller's earlier disputes, and what is open at the
 * chosen compound. Each row links to its case file.
 */
class IntakeContextPanel extends VerticalLayout {

    private final Div duplicates = section("tj-intake-duplicates");
    private final Div history = section("tj-intake-history");
    private final Div atCompound = section("tj-intake-compound");
    private final Consumer<DuplicateCandidate> merge;

    IntakeContextPanel(Consumer<DuplicateCandidate> merge) {
        this.merge = merge;
        addClassName("tj-intake-context");
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation("intake.duplicates")), duplicates, new H3(getTranslation("intake.history")), history,
                new H3(getTranslation("intake.atCompound")), atCompound);
        show(List.of(), List.of(), List.of(), false, false);
    }

    void show(List<DuplicateCandidate> candidates, List<DisputeRow> callerRows, List<DisputeRow> compoundRows,
            boolean phoneGiven, boolean compoundGiven) {
        duplicates.removeAll();
        if (candidates.isEmpty()) {
            duplicates.add(muted(getTranslation("intake.duplicates.none")));
        }
        candidates.forEach(c -> duplicates.add(candidate(c)));
        fill(history, callerRows, phoneGiven ? "intake.history.none" : "intake.history.enterPhone");
        fill(atCompound, compoundRows, compoundGiven ? "intake.atCompound.none" : "intake.atCompound.choose");
    }

    private Div candidate(DuplicateCandidate c) {
        Div row = new Div();
        row.addClassName("tj-intake-row");
        row.addClassName("tj-intake-candidate");
        Button mergeButton = new Button(getTranslation("intake.merge"), e -> merge.accept(c));
        mergeButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        mergeButton.addClassName("tj-merge");
        Span reasons = new Span(c.reasons().stream().sorted().map(r -> Labels.of(this, r))
                .collect(Collectors.joining(getTranslation("intake.reasonSeparator"))));
        reasons.addClassName("tj-intake-reasons");
        row.add(caseLink(c.dispute()), new Span(" " + Labels.of(this, c.dispute().state()) + " "), reasons,
                mergeButton, block(c.dispute().compoundName() + " · " + c.dispute().categoryName()),
                block(c.excerpt()));
        return row;
    }

    private void fill(Div target, List<DisputeRow> rows, String emptyKey) {
        target.removeAll();
        if (rows.isEmpty()) {
            target.add(muted(getTranslation(emptyKey)));
        }
        for (DisputeRow r : rows) {
            Div row = new Div();
            row.addClassName("tj-intake-row");
            row.add(caseLink(r), new Span(" " + Labels.of(this, r.state())),
                    block(Labels.dateTime(r.registeredAt()) + " · " + r.compoundName() + " · " + r.categoryName()));
            target.add(row);
        }
    }

    private static Anchor caseLink(DisputeRow r) {
        Anchor link = new Anchor("case/" + r.id(), r.caseNumber());
        link.setTarget("_blank");
        return link;
    }

    private static Div block(String text) {
        Div d = new Div(text);
        d.addClassName("tj-muted");
        return d;
    }

    private static Span muted(String text) {
        Span s = new Span(text);
        s.addClassName("tj-muted");
        return s;
    }

    private static Div section(String id) {
        Div d = new Div();
        d.setId(id);
        d.setWidthFull();
        return d;
    }
}
