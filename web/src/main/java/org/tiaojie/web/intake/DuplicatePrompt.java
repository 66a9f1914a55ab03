package org.tiaojie.web.intake;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tiaojie.casework.intake.DuplicateCandidate;
import org.tiaojie.web.base.Labels;

/**
 * Asked on submit when the call may repeat open disputes: merge it into one of them (并单), register
 * it as a new dispute anyway, or go back to the form (Esc).
 */
class DuplicatePrompt extends Dialog {

    DuplicatePrompt(org.tiaojie.casework.intake.IntakeService.Duplicates found, Consumer<DuplicateCandidate> merge,
            Runnable registerAnyway) {
        setId("tj-duplicate-prompt");
        List<DuplicateCandidate> candidates = found.top();
        // the true count, and how many of them are shown
        setHeaderTitle(getTranslation(found.atLeast() ? "intake.prompt.titleAtLeast" : "intake.prompt.title",
                found.total(), candidates.size()));
        setWidth("72em");
        setMaxWidth("100%");
        Grid<DuplicateCandidate> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> c.dispute().caseNumber()).setHeader(getTranslation("dispute.caseNumber"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Labels.of(this, c.dispute().state())).setHeader(getTranslation("dispute.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.reasons().stream().sorted().map(r -> Labels.of(this, r))
                .collect(Collectors.joining(getTranslation("intake.reasonSeparator"))))
                .setHeader(getTranslation("intake.prompt.reasons")).setWidth("12em").setFlexGrow(0);
        grid.addColumn(DuplicateCandidate::caller).setHeader(getTranslation("intake.prompt.caller"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("intake.prompt.line", c.dispute().compoundName(), c.dispute().categoryName(),
                c.excerpt()))
                .setHeader(getTranslation("intake.prompt.content")).setFlexGrow(1);
        grid.addComponentColumn(c -> {
            Button b = new Button(getTranslation("intake.merge"), e -> {
                close();
                merge.accept(c);
            });
            // one suggestion stands out, the one the repeat-call rule picks; the others are plain choices
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, c.reasons().contains(
                    org.tiaojie.casework.intake.DuplicateReason.REPEAT_RULE) ? ButtonVariant.LUMO_PRIMARY
                    : ButtonVariant.LUMO_CONTRAST);
            b.addClassName("tj-prompt-merge");
            return b;
        }).setKey("merge").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true); // in reach on any width
        grid.setId("tj-duplicate-grid");
        grid.setItems(candidates);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("intake.prompt.text")), grid);
        Button anyway = new Button(getTranslation("intake.prompt.registerAnyway"), e -> {
            close();
            registerAnyway.run();
        });
        anyway.setId("tj-register-anyway");
        // as prominent as the merge the rule suggests: registering anew is as much the operator's choice
        anyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("intake.prompt.back"), e -> close());
        back.addClickShortcut(Key.ESCAPE);
        getFooter().add(back, anyway);
    }
}
