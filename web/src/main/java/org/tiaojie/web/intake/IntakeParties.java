package org.tiaojie.web.intake;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.tiaojie.casework.dispute.DisputeParty;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.PartyForm;

/**
 * 其他当事人 at intake: besides the caller and the property company, any number of parties — the upstairs owner in a
 * leak, with an agent — each checked as it is added, registered with the call.
 */
final class IntakeParties extends Div {

    private final List<PartyDetails> parties = new ArrayList<>();
    private final Div list = new Div();

    IntakeParties() {
        setId("tj-intake-other-parties");
        Span label = new Span(getTranslation("intake.otherParties"));
        label.getStyle().set("font-weight", "600");
        Button add = new Button(getTranslation("party.add"), VaadinIcon.PLUS.create(), e -> open());
        add.setId("tj-intake-add-party");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div head = new Div(label, add);
        head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(head, list);
        render();
    }

    /** The parties added, in the order they were. */
    List<PartyDetails> parties() {
        return List.copyOf(parties);
    }

    void clear() {
        parties.clear();
        render();
    }

    private void open() {
        FormDialog dialog = new FormDialog(getTranslation("party.add"), null, this::render);
        PartyForm form = new PartyForm(dialog, PartyRole.THIRD_PARTY);
        form.addTo(dialog);
        dialog.setAction(() -> {
            PartyDetails details = form.details();
            DisputeParty.check(details); // refused in the dialog, next to what was typed
            parties.add(details);
        });
        dialog.open();
        form.focus();
    }

    private void render() {
        list.removeAll();
        if (parties.isEmpty()) {
            Span none = new Span(getTranslation("intake.otherParties.none"));
            none.addClassName("tj-muted");
            list.add(none);
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyDetails p = parties.get(i);
            String agent = p.agentName() == null || p.agentName().isBlank() ? ""
                    : getTranslation("intake.otherParties.agent", p.agentName());
            Span line = new Span(getTranslation("intake.otherParties.line", Labels.of(this, p.role()), p.name().strip(),
                    agent));
            int index = i;
            Button remove = new Button(getTranslation("intake.otherParties.remove"), e -> {
                parties.remove(index);
                render();
            });
            remove.setId("tj-intake-remove-party-" + (i + 1));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            Div row = new Div(line, remove);
            row.setId("tj-intake-party-" + (i + 1));
            row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
            list.add(row);
        }
    }
}
