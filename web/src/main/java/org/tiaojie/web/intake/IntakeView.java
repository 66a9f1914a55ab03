package org.tiaojie.web.intake;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.intake.CompoundMatch;
import org.tiaojie.casework.intake.DuplicateCandidate;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.casework.shared.CaseworkException;
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

    private final Select<Channel> channel = new Select<>();
    private final TextField phone = new TextField();
    private final TextField callerName = new TextField();
    private final TextField reference = new TextField();
    private final ComboBox<CompoundMatch> compound = new ComboBox<>();
    private final ComboBox<CategoryRow> topCategory = new ComboBox<>();
    private final ComboBox<CategoryRow> subCategory = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final IntegerField partyCount = new IntegerField();
    private final BigDecimalField amount = new BigDecimalField();
    private final Checkbox callerIsApplicant = new Checkbox();
    private final TextField respondent = new TextField();
    private final Checkbox urgent = new Checkbox();
    private final Checkbox leader = new Checkbox();
    private final Checkbox opinion = new Checkbox();
    private final Upload scanUpload;
    private final Div scanBox = new Div();
    private final Span error = new Span();
    private final Div result = new Div();
    private final IntakeContextPanel context;
    private final List<CategoryRow> categories;
    private String scanName;
    private byte[] scanBytes;
    private String autoRespondent = "";

    public IntakeView(IntakeService intake, CategoryService categoryService, DisputeQueryService queries,
            AttachmentService attachments) {
        this.intake = intake;
        this.queries = queries;
        this.categories = categoryService.findAll().stream().filter(CategoryRow::active).toList();
        addClassName("tj-page");
        setSizeFull();
        context = new IntakeContextPanel(this::merge);
        scanUpload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            scanName = meta.fileName();
            scanBytes = bytes;
        }));
        buildFields(attachments.maxBytes());
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

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(channel, reference, phone, callerName, compound, respondent, topCategory, subCategory, description,
                partyCount, amount);
        form.setColspan(description, 2);
        HorizontalLayout flags = new HorizontalLayout(callerIsApplicant, urgent, leader, opinion);
        flags.getStyle().set("flex-wrap", "wrap");
        VerticalLayout left = new VerticalLayout(result, form, flags, scanBox, error, actions);
        left.setPadding(false);
        left.setWidth("60%");
        context.setWidth("40%");
        add(left, context);
        phone.focus();
    }

    private void buildFields(long maxBytes) {
        channel.setLabel(getTranslation("intake.channel"));
        channel.setItems(CHANNELS);
        channel.setItemLabelGenerator(c -> Labels.of(this, c));
        channel.setValue(Channel.HOTLINE_12345);
        channel.setId("tj-intake-channel");
        channel.addValueChangeListener(e -> channelChanged());
        reference.setId("tj-intake-reference");
        reference.setMaxLength(60);
        phone.setLabel(getTranslation("intake.phone"));
        phone.setId("tj-intake-phone");
        phone.setMaxLength(20);
        phone.setValueChangeMode(ValueChangeMode.LAZY);
        phone.addValueChangeListener(e -> refreshContext());
        callerName.setLabel(getTranslation("intake.callerName"));
        callerName.setId("tj-intake-name");
        callerName.setMaxLength(50);
        compound.setLabel(getTranslation("intake.compound"));
        compound.setId("tj-intake-compound");
        compound.setHelperText(getTranslation("intake.compound.help"));
        compound.setItems(query -> intake.findCompounds(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        compound.setItemLabelGenerator(CompoundMatch::label);
        compound.addValueChangeListener(e -> {
            CompoundMatch c = e.getValue();
            String company = c == null || c.companyName() == null ? "" : c.companyName();
            if (respondent.getValue().isBlank() || respondent.getValue().equals(autoRespondent)) {
                respondent.setValue(company);
                autoRespondent = company;
            }
            refreshContext();
        });
        respondent.setLabel(getTranslation("intake.respondent"));
        respondent.setId("tj-intake-respondent");
        respondent.setMaxLength(100);
        respondent.setHelperText(getTranslation("intake.respondent.help"));
        topCategory.setLabel(getTranslation("intake.category"));
        topCategory.setId("tj-intake-category");
        topCategory.setItems(categories.stream().filter(CategoryRow::topLevel).toList());
        topCategory.setItemLabelGenerator(CategoryRow::name);
        topCategory.addValueChangeListener(e -> {
            List<CategoryRow> children = e.getValue() == null ? List.of()
                    : categories.stream().filter(c -> e.getValue().id() == (c.parentId() == null ? -1 : c.parentId()))
                            .toList();
            subCategory.setItems(children);
            subCategory.setEnabled(!children.isEmpty());
            refreshContext();
        });
        subCategory.setLabel(getTranslation("intake.subCategory"));
        subCategory.setId("tj-intake-subcategory");
        subCategory.setItemLabelGenerator(CategoryRow::name);
        subCategory.setEnabled(false);
        subCategory.addValueChangeListener(e -> refreshContext());
        description.setLabel(getTranslation("intake.description"));
        description.setId("tj-intake-description");
        description.setMaxLength(4000);
        description.setMinHeight("7em");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setValueChangeTimeout(800);
        description.addValueChangeListener(e -> refreshContext());
        partyCount.setLabel(getTranslation("intake.partyCount"));
        partyCount.setId("tj-intake-parties");
        partyCount.setMin(1);
        partyCount.setStepButtonsVisible(true);
        partyCount.setValue(1);
        partyCount.setHelperText(getTranslation("intake.partyCount.help"));
        amount.setLabel(getTranslation("intake.amount"));
        amount.setId("tj-intake-amount");
        callerIsApplicant.setLabel(getTranslation("intake.callerIsApplicant"));
        callerIsApplicant.setValue(true);
        urgent.setLabel(getTranslation("intake.urgent"));
        urgent.setId("tj-intake-urgent");
        leader.setLabel(getTranslation("intake.leader"));
        opinion.setLabel(getTranslation("intake.opinion"));
        scanUpload.setMaxFiles(1);
        scanUpload.setMaxFileSize((int) maxBytes);
        scanUpload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        scanUpload.setId("tj-intake-scan");
        scanUpload.setI18n(org.tiaojie.web.base.UploadTexts.of(this));
        scanUpload.addFileRemovedListener(e -> {
            scanName = null;
            scanBytes = null;
        });
        Span scanHelp = new Span(getTranslation("intake.scan.help", maxBytes / (1024 * 1024)));
        scanHelp.addClassName("tj-muted");
        scanBox.add(new Span(getTranslation("intake.scan")), scanUpload, scanHelp);
        channelChanged();
    }

    private void channelChanged() {
        boolean petition = channel.getValue() != null && channel.getValue().isPetition();
        reference.setLabel(getTranslation(petition ? "intake.petitionNumber" : "intake.orderNumber"));
        reference.setRequiredIndicatorVisible(petition);
        phone.setRequiredIndicatorVisible(!petition);
        scanBox.setVisible(petition);
    }

    private Long categoryId() {
        if (subCategory.getValue() != null) {
            return subCategory.getValue().id();
        }
        return topCategory.getValue() == null || subCategory.isEnabled() ? null : topCategory.getValue().id();
    }

    private void refreshContext() {
        Long compoundId = compound.getValue() == null ? null : compound.getValue().id();
        List<DisputeRow> history = intake.callerHistory(phone.getValue());
        List<DisputeRow> open = compoundId == null ? List.of() : intake.openAt(compoundId);
        context.show(candidates(), history, open, !phone.getValue().isBlank(), compoundId != null);
    }

    private List<DuplicateCandidate> candidates() {
        return intake.duplicates(phone.getValue(), compound.getValue() == null ? null : compound.getValue().id(),
                categoryId(), description.getValue());
    }

    private NewDispute call() {
        if (topCategory.getValue() != null && subCategory.isEnabled() && subCategory.getValue() == null) {
            throw new CaseworkException("field.missing", "@field.category");
        }
        Long category = categoryId();
        List<PartyDetails> parties = new ArrayList<>();
        if (callerIsApplicant.getValue() && !callerName.getValue().isBlank()) {
            parties.add(PartyDetails.person(PartyRole.APPLICANT, callerName.getValue(), null,
                    phone.getValue().isBlank() ? null : phone.getValue(), null));
        }
        if (!respondent.getValue().isBlank()) {
            parties.add(PartyDetails.company(PartyRole.RESPONDENT, respondent.getValue(), null, null, null, null));
        }
        return new NewDispute(channel.getValue(), reference.getValue(), category == null ? 0 : category,
                compound.getValue() == null ? 0 : compound.getValue().id(), description.getValue(), amount.getValue(),
                partyCount.getValue() == null ? 0 : partyCount.getValue(), callerName.getValue(), phone.getValue(),
                leader.getValue(), opinion.getValue(), urgent.getValue(), parties);
    }

    private void submit() {
        attempt(() -> {
            NewDispute input = call();
            List<DuplicateCandidate> candidates = candidates();
            if (candidates.isEmpty()) {
                register(input);
            } else {
                new DuplicatePrompt(candidates, this::merge, () -> attempt(() -> register(input))).open();
            }
        });
    }

    private void register(NewDispute input) {
        IntakeService.Scan scan = scanBytes == null || !input.channel().isPetition() ? null
                : new IntakeService.Scan(scanName, scanBytes);
        var registration = intake.registerCall(input, scan);
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
            intake.merge(target.dispute().id(), call());
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
        Notification n = Notification.show(getTranslation(key) + " " + row.caseNumber(), 4000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        clearFields();
    }

    /** 清空: a new call on the same channel, cursor in the phone field. */
    private void reset() {
        result.setVisible(false);
        error.setVisible(false);
        clearFields();
    }

    private void clearFields() {
        reference.clear();
        phone.clear();
        callerName.clear();
        compound.clear();
        topCategory.clear();
        subCategory.clear();
        description.clear();
        partyCount.setValue(1);
        amount.clear();
        respondent.clear();
        autoRespondent = "";
        callerIsApplicant.setValue(true);
        urgent.clear();
        leader.clear();
        opinion.clear();
        scanUpload.clearFileList();
        scanName = null;
        scanBytes = null;
        refreshContext();
        // an emptied required field is a fresh start, not a mistake
        phone.setInvalid(false);
        reference.setInvalid(false);
        phone.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.intake");
    }
}
