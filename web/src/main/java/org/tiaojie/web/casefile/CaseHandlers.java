package org.tiaojie.web.casefile;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.tiaojie.casework.casefile.AssignmentService;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.web.base.FormDialog;

/** 承办人 of the case, by name; the head of the room assigns them here. */
final class CaseHandlers extends Div {

    CaseHandlers(CaseFileServices services, DisputeDetail d, List<AssignmentService.Mediator> handlers,
            boolean assignable, Runnable refresh) {
        setId("tj-handlers");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                .set("flex-wrap", "wrap");
        Span label = new Span(getTranslation("case.handlers.label"));
        label.getStyle().set("font-weight", "600");
        Span names = new Span(handlers.isEmpty() ? getTranslation("case.handlers.none")
                : org.tiaojie.web.base.Labels.list(this, handlers.stream().map(AssignmentService.Mediator::name)));
        names.setId("tj-handler-names");
        if (handlers.isEmpty()) {
            names.addClassName("tj-muted");
        }
        add(label, names);
        if (assignable) {
            Button assign = new Button(getTranslation("case.handlers.assign"), VaadinIcon.USERS.create(),
                    e -> open(services, d, handlers, refresh));
            assign.setId("tj-assign");
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(assign);
        }
    }

    private void open(CaseFileServices services, DisputeDetail d, List<AssignmentService.Mediator> handlers,
            Runnable refresh) {
        MultiSelectComboBox<AssignmentService.Mediator> who = new MultiSelectComboBox<>(getTranslation("case.handlers"));
        List<AssignmentService.Mediator> candidates = services.assignments().candidates(d.id());
        who.setItems(candidates);
        who.setItemLabelGenerator(AssignmentService.Mediator::name);
        who.setRequiredIndicatorVisible(true);
        who.setHelperText(getTranslation("case.handlers.help"));
        who.setWidthFull();
        who.setId("tj-assign-who");
        who.setValue(candidates.stream().filter(c -> handlers.stream().anyMatch(h -> h.userId() == c.userId()))
                .toList());
        FormDialog dialog = new FormDialog(getTranslation("case.handlers.assign"), getTranslation("case.confirm"),
                () -> services.assignments().assign(d.id(), d.version(),
                        who.getValue().stream().map(AssignmentService.Mediator::userId).toList()), refresh);
        dialog.addFields(who);
        dialog.open();
        who.focus();
    }
}
