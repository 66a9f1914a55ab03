package org.tiaojie.web.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.intake.CompoundMatch;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.Labels;

/**
 * The fields of 来电登记 and what they mean: channel and reference, the caller, the compound (found
 * by name, address or pinyin initials, its property company offered as the respondent), the
 * category in two levels, the facts and flags, and for a petition its scanned letter. {@code
 * onChange} runs when what the context panel depends on changes.
 */
final class IntakeCallFields {

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
    private final IntakeParties otherParties;
    private final Component owner;
    private final IntakeService intake;
    private final List<CategoryRow> categories;
    private final Runnable onChange;
    private String scanName;
    private byte[] scanBytes;
    private String autoRespondent = "";

    IntakeCallFields(Component owner, IntakeService intake, List<CategoryRow> categories, long maxBytes,
            Runnable onChange) {
        this.owner = owner;
        this.intake = intake;
        this.categories = categories;
        this.onChange = onChange;
        scanUpload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            scanName = meta.fileName();
            scanBytes = bytes;
        }));
        otherParties = new IntakeParties(maxBytes);
        build(maxBytes);
    }

    /** The form's fields, in the order a call is taken. */
    FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(channel, reference, phone, callerName, compound, respondent, topCategory, subCategory, description,
                partyCount, amount);
        form.setColspan(description, 2);
        return form;
    }

    HorizontalLayout flags() {
        HorizontalLayout flags = new HorizontalLayout(callerIsApplicant, urgent, leader, opinion);
        flags.getStyle().set("flex-wrap", "wrap");
        return flags;
    }

    /** 其他当事人: parties besides the caller and the property company. */
    IntakeParties otherParties() {
        return otherParties;
    }

    Div scanBox() {
        return scanBox;
    }

    String phone() {
        return phone.getValue();
    }

    Long compoundId() {
        return compound.getValue() == null ? null : compound.getValue().id();
    }

    String description() {
        return description.getValue();
    }

    /** The petition's scanned letter, when one was uploaded for a petition. */
    IntakeService.Scan scan(NewDispute input) {
        return scanBytes == null || !input.channel().isPetition() ? null : new IntakeService.Scan(scanName, scanBytes);
    }

    void focus() {
        phone.focus();
    }

    private void build(long maxBytes) {
        channel.setLabel(owner.getTranslation("intake.channel"));
        channel.setItems(IntakeView.CHANNELS);
        channel.setItemLabelGenerator(c -> Labels.of(owner, c));
        channel.setValue(Channel.HOTLINE_12345);
        channel.setId("tj-intake-channel");
        channel.addValueChangeListener(e -> channelChanged());
        reference.setId("tj-intake-reference");
        reference.setMaxLength(60);
        phone.setLabel(owner.getTranslation("intake.phone"));
        phone.setId("tj-intake-phone");
        phone.setMaxLength(20);
        phone.setValueChangeMode(ValueChangeMode.LAZY);
        phone.addValueChangeListener(e -> onChange.run());
        callerName.setLabel(owner.getTranslation("intake.callerName"));
        callerName.setId("tj-intake-name");
        callerName.setMaxLength(50);
        compound.setLabel(owner.getTranslation("intake.compound"));
        compound.setId("tj-intake-compound");
        compound.setHelperText(owner.getTranslation("intake.compound.help"));
        compound.setItems(query -> intake.findCompounds(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        compound.setItemLabelGenerator(CompoundMatch::label);
        // Enter (or leaving the field) on typed text takes the only compound it finds; several or none are said here
        compound.setAllowCustomValue(true);
        compound.addCustomValueSetListener(e -> {
            String typed = e.getDetail() == null ? "" : e.getDetail().strip();
            List<CompoundMatch> found = typed.isEmpty() ? List.of() : intake.findCompounds(typed, 2);
            if (found.size() == 1) {
                compound.setValue(found.getFirst());
            } else if (!typed.isEmpty()) {
                compound.setErrorMessage(owner.getTranslation(found.isEmpty() ? "intake.compound.none"
                        : "intake.compound.several", typed));
                compound.setInvalid(true);
            }
        });
        compound.addValueChangeListener(e -> {
            compound.setInvalid(false);
            CompoundMatch c = e.getValue();
            String company = c == null || c.companyName() == null ? "" : c.companyName();
            if (respondent.getValue().isBlank() || respondent.getValue().equals(autoRespondent)) {
                respondent.setValue(company);
                autoRespondent = company;
            }
            onChange.run();
        });
        respondent.setLabel(owner.getTranslation("intake.respondent"));
        respondent.setId("tj-intake-respondent");
        respondent.setMaxLength(100);
        respondent.setHelperText(owner.getTranslation("intake.respondent.help"));
        topCategory.setLabel(owner.getTranslation("intake.category"));
        topCategory.setId("tj-intake-category");
        topCategory.setItems(categories.stream().filter(CategoryRow::topLevel).toList());
        topCategory.setItemLabelGenerator(CategoryRow::name);
        topCategory.addValueChangeListener(e -> {
            List<CategoryRow> children = e.getValue() == null ? List.of()
                    : categories.stream().filter(c -> e.getValue().id() == (c.parentId() == null ? -1 : c.parentId()))
                            .toList();
            subCategory.setItems(children);
            subCategory.setEnabled(!children.isEmpty());
            onChange.run();
        });
        subCategory.setLabel(owner.getTranslation("intake.subCategory"));
        subCategory.setId("tj-intake-subcategory");
        subCategory.setItemLabelGenerator(CategoryRow::name);
        subCategory.setEnabled(false);
        subCategory.addValueChangeListener(e -> onChange.run());
        description.setLabel(owner.getTranslation("intake.description"));
        description.setId("tj-intake-description");
        description.setMaxLength(4000);
        description.setMinHeight("7em");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setValueChangeTimeout(800);
        description.addValueChangeListener(e -> onChange.run());
        partyCount.setLabel(owner.getTranslation("intake.partyCount"));
        partyCount.setId("tj-intake-parties");
        partyCount.setMin(1);
        partyCount.setStepButtonsVisible(true);
        partyCount.setValue(1);
        partyCount.setHelperText(owner.getTranslation("intake.partyCount.help"));
        amount.setLabel(owner.getTranslation("intake.amount"));
        amount.setId("tj-intake-amount");
        callerIsApplicant.setLabel(owner.getTranslation("intake.callerIsApplicant"));
        callerIsApplicant.setValue(true);
        urgent.setLabel(owner.getTranslation("intake.urgent"));
        urgent.setId("tj-intake-urgent");
        leader.setLabel(owner.getTranslation("intake.leader"));
        opinion.setLabel(owner.getTranslation("intake.opinion"));
        scanUpload.setMaxFiles(1);
        scanUpload.setMaxFileSize((int) maxBytes);
        scanUpload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        scanUpload.setId("tj-intake-scan");
        scanUpload.setI18n(org.tiaojie.web.base.UploadTexts.of(owner));
        scanUpload.addFileRemovedListener(e -> {
            scanName = null;
            scanBytes = null;
        });
        Span scanHelp = new Span(owner.getTranslation("intake.scan.help", maxBytes / (1024 * 1024)));
        scanHelp.addClassName("tj-muted");
        scanBox.add(new Span(owner.getTranslation("intake.scan")), scanUpload, scanHelp);
        channelChanged();
    }

    private void channelChanged() {
        boolean petition = channel.getValue() != null && channel.getValue().isPetition();
        reference.setLabel(owner.getTranslation(petition ? "intake.petitionNumber" : "intake.orderNumber"));
        reference.setRequiredIndicatorVisible(petition);
        phone.setRequiredIndicatorVisible(!petition);
        scanBox.setVisible(petition);
    }

    Long categoryId() {
        if (subCategory.getValue() != null) {
            return subCategory.getValue().id();
        }
        return topCategory.getValue() == null || subCategory.isEnabled() ? null : topCategory.getValue().id();
    }

    /** The 授权委托书 given with the other parties, keyed by their place in {@link #call()}'s parties. */
    java.util.Map<Integer, IntakeService.Scan> authorities() {
        int offset = (callerIsApplicant.getValue() && !callerName.getValue().isBlank() ? 1 : 0)
                + (respondent.getValue().isBlank() ? 0 : 1);
        return otherParties.authorities(offset);
    }

    /** The call as typed, for registration or for merging into an open dispute. */
    NewDispute call() {
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
        parties.addAll(otherParties.parties());
        return new NewDispute(channel.getValue(), reference.getValue(), category == null ? 0 : category,
                compound.getValue() == null ? 0 : compound.getValue().id(), description.getValue(), amount.getValue(),
                partyCount.getValue() == null ? 0 : partyCount.getValue(), callerName.getValue(), phone.getValue(),
                leader.getValue(), opinion.getValue(), urgent.getValue(), parties);
    }

    /** Empties every field for the next call on the same channel. */
    void clear() {
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
        otherParties.clear();
        autoRespondent = "";
        callerIsApplicant.setValue(true);
        urgent.clear();
        leader.clear();
        opinion.clear();
        scanUpload.clearFileList();
        scanName = null;
        scanBytes = null;
        // an emptied required field is a fresh start, not a mistake
        phone.setInvalid(false);
        reference.setInvalid(false);
    }
}
