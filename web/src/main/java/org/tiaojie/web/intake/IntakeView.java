package org.tiaojie.web.intake;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.intake.DuplicateCandidate;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.UiErrorHandler;

/**
 * 来电登记: the operator's screen for a call or a petition, keyboard first. The phone number comes
 * first and brings up the caller's history; the compound is found by name, address or pinyin
 * initials; Ctrl+Enter submits. Likely repeats are shown while typing and asked about on submit,
 * where the call can be merged into an open dispute (并单) instead. After saving, the case number
 * is shown, the form empties and the cursor is back in the phone field for the next call.
 */
@Route(value = "intake", layout = MainLayout.class)
@RolesAllowed(Role.OPERATOR_NAME)
public class IntakeView extends HorizontalLayout implements HasDynamicTitle {

    static final List<Channel> CHANNELS = List.of(Channel.HOTLINE_12345, Channel.PETITION_LETTER,
            Channel.PETITION_VISIT, Channel.PETITION_ONLINE);

    private final IntakeService intake;
    private final DisputeQueryService queries;

    private final IntakeCallFields fields;
    private final Span error = new Span();
    private final Div result = new Div();
    private final IntakeContextPanel context;

    public IntakeView(IntakeService intake, CategoryService categoryService, DisputeQueryService queries,
            AttachmentService attachments) {
        this.intake = intake;
        this.queries = queries;
        List<CategoryRow> categories = categoryService.findAll().stream().filter(CategoryRow::active).toList();
        addClassName("tj-page");
        setSizeFull();
        context = new IntakeContextPanel(this::merge);
        fields = new IntakeCallFields(this, intake, categories, attachments.maxBytes(), this::refreshContext);
        Button submit = new Button(getTranslation("intake.submit"), e -> submit());
        submit.setId("tj-intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button clear = new Button(getTranslation("intake.clear"), e -> reset());
        clear.setId("tj-intake-clear");
        Span keys = new Span(getTranslation("intake.keys"));
        keys.addClassName("tj-muted");
        HorizontalLayout actions = new HorizontalLayout(submit, clear, keys);
        actions.setAlignItems(Alignment.CENTER);
        error.setId("tj-intake-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        result.setId("tj-intake-result");
        result.setVisible(false);

        VerticalLayout left = new VerticalLayout(result, fields.form(), fields.flags(), fields.otherParties(),
                fields.scanBox(), error, actions);
        left.setPadding(false);
        left.setWidth("60%");
        context.setWidth("40%");
        add(left, context);
        fields.focus();
    }

    private void refreshContext() {
        if (fields == null) {
            return; // the fields report changes while they are being built
        }
        Long compoundId = fields.compoundId();
        List<DisputeRow> history = intake.callerHistory(fields.phone());
        List<DisputeRow> open = compoundId == null ? List.of() : intake.openAt(compoundId);
        context.show(candidates(), history, open, !fields.phone().isBlank(), compoundId != null);
    }

    private List<DuplicateCandidate> candidates() {
        return intake.duplicates(fields.phone(), fields.compoundId(), fields.categoryId(), fields.description());
    }

    private void submit() {
        attempt(() -> {
            NewDispute input = fields.call();
            var candidates = intake.duplicatesOf(fields.phone(), fields.compoundId(), fields.categoryId(),
                    fields.description());
            if (candidates.top().isEmpty()) {
                register(input);
            } else {
                new DuplicatePrompt(candidates, this::merge, () -> attempt(() -> register(input))).open();
            }
        });
    }

    private void register(NewDispute input) {
        var registration = intake.registerCall(input, fields.scan(input), fields.authorities());
        DisputeRow row = queries.find(registration.id());
        if (registration.created()) {
            showResult("intake.registered", row, getTranslation("intake.routed", row.organisationName(),
                    Labels.of(this, row.tier())));
        } else {
            showResult("intake.existed", row, getTranslation("intake.existed.note"));
        }
    }

    private void merge(DuplicateCandidate target) {
        attempt(() -> {
            intake.merge(target.dispute().id(), fields.call());
            showResult("intake.merged", queries.find(target.dispute().id()), "");
        });
    }

    private void attempt(Runnable action) {
        error.setVisible(false);
        try {
            action.run();
        } catch (RuntimeException e) {
            error.setText(UiErrorHandler.messageFor(getUI().orElseThrow(), e));
            error.setVisible(true);
        }
    }

    private void showResult(String key, DisputeRow row, String routed) {
        result.removeAll();
        Anchor link = new Anchor("case/" + row.id(), row.caseNumber());
        link.setId("tj-intake-case-number");
        link.setTarget("_blank");
        result.add(new Span(getTranslation(key) + " "), link, new Span(" " + routed));
        result.setVisible(true);
        // at the top corner: the next call's 登记 button sits where a bottom toast would cover it for four seconds
        Notification n = Notification.show(getTranslation(key) + " " + row.caseNumber(), 4000,
                Notification.Position.TOP_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        clearFields();
        result.scrollIntoView(); // the form may be taller than the screen: the operator sees what became of the call
    }

    /** 清空: a new call on the same channel, cursor in the phone field. */
    private void reset() {
        result.setVisible(false);
        error.setVisible(false);
        clearFields();
    }

    private void clearFields() {
        fields.clear();
        refreshContext();
        fields.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.intake");
    }
}
