package org.tiaojie.web.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.casework.shared.CaseworkException;

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
 * leak, with an agent and the agent's 授权委托书 — each checked as it is added, registered with the call.
 */
final class IntakeParties extends Div {

    private final List<PartyDetails> parties = new ArrayList<>();
    /** The 授权委托书 given with each party, or null (same places as {@link #parties}). */
    private final List<IntakeService.Scan> authorities = new ArrayList<>();
    private final Div list = new Div();
    private final long maxBytes;

    IntakeParties(long maxBytes) {
        this.maxBytes = maxBytes;
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

    /** The 授权委托书 given, keyed by the party's place in the call's parties, which start at {@code offset}. */
    Map<Integer, IntakeService.Scan> authorities(int offset) {
        Map<Integer, IntakeService.Scan> given = new HashMap<>();
        for (int i = 0; i < authorities.size(); i++) {
            if (authorities.get(i) != null) {
                given.put(offset + i, authorities.get(i));
            }
        }
        return given;
    }

    void clear() {
        parties.clear();
        authorities.clear();
        render();
    }

    private void open() {
        FormDialog dialog = new FormDialog(getTranslation("party.add"), null, this::render);
        PartyForm form = new PartyForm(dialog, PartyRole.THIRD_PARTY);
        form.addTo(dialog);
        IntakeService.Scan[] authority = new IntakeService.Scan[1];
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                authority[0] = new IntakeService.Scan(meta.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setId("tj-intake-party-authority");
        upload.setI18n(org.tiaojie.web.base.UploadTexts.of(this));
        upload.addFileRemovedListener(e -> authority[0] = null);
        Span label = new Span(getTranslation("party.powerOfAttorney.add"));
        label.getStyle().set("font-weight", "600");
        Span help = new Span(getTranslation("intake.otherParties.authorityHelp", maxBytes / (1024 * 1024)));
        help.addClassName("tj-muted");
        dialog.addBelow(label, upload, help);
        dialog.setAction(() -> {
            PartyDetails details = form.details();
            DisputeParty.check(details); // refused in the dialog, next to what was typed
            if (authority[0] != null && (details.agentName() == null || details.agentName().isBlank())) {
                throw new CaseworkException("party.powerOfAttorney.noAgent");
            }
            parties.add(details);
            authorities.add(authority[0]);
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
            if (authorities.get(i) != null) {
                agent += getTranslation("intake.otherParties.authority", authorities.get(i).fileName());
            }
            Span line = new Span(getTranslation("intake.otherParties.line", Labels.of(this, p.role()), p.name().strip(),
                    agent));
            int index = i;
            Button remove = new Button(getTranslation("intake.otherParties.remove"), e -> {
                parties.remove(index);
                authorities.remove(index);
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
