package org.tiaojie.web.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;

/**
 * The fields of one party, as intake and the case file both take them: a person (姓名, 性别, 民族, 出生日期, 身份证号,
 * 住址, 电话) or an organisation (名称, 住所, 法定代表人 and 职务, 统一社会信用代码), with an agent (一般/特别授权) and,
 * for a group dispute, the 代表人 mark.
 */
public final class PartyForm {

    private final Select<PartyRole> role = new Select<>();
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final TextField name;
    private final Select<PartyDetails.Gender> gender = new Select<>();
    private final TextField ethnicity;
    private final DatePicker birth = new DatePicker();
    private final TextField idNumber;
    private final TextField phone;
    private final TextField address;
    private final TextField creditCode;
    private final TextField legal;
    private final TextField title;
    private final Checkbox representative = new Checkbox();
    private final TextField agent;
    private final TextField agentPhone;
    private final Select<PartyDetails.AgentAuthority> authority = new Select<>();
    private final Component owner;

    /** The fields, labelled in {@code owner}'s language; a new party is a {@code defaultRole}. */
    public PartyForm(Component owner, PartyRole defaultRole) {
        this.owner = owner;
        role.setLabel(t("party.role"));
        role.setItems(PartyRole.values());
        role.setItemLabelGenerator(r -> Labels.of(owner, r));
        role.setValue(defaultRole);
        role.setId("tj-party-role");
        kind.setLabel(t("party.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(o -> t(o ? "party.kind.organisation" : "party.kind.person"));
        kind.setValue(false);
        kind.setId("tj-party-kind");
        name = text("party.name", 100, "tj-party-name");
        name.setRequiredIndicatorVisible(true);
        gender.setLabel(t("party.gender"));
        gender.setItems(PartyDetails.Gender.values());
        gender.setItemLabelGenerator(g -> Labels.of(owner, g));
        gender.setEmptySelectionAllowed(true);
        gender.setId("tj-party-gender");
        ethnicity = text("party.ethnicity", 20, "tj-party-ethnicity");
        ethnicity.setPlaceholder(t("party.ethnicity.placeholder"));
        birth.setLabel(t("party.birthDate"));
        birth.setId("tj-party-birth");
        idNumber = text("party.idNumber", 18, "tj-party-id");
        idNumber.setHelperText(t("party.idNumber.helper"));
        phone = text("party.phone", 20, "tj-party-phone");
        address = text("party.address", 200, "tj-party-address");
        creditCode = text("party.creditCode", 18, "tj-party-credit");
        legal = text("party.legalRepresentative", 50, "tj-party-legal");
        title = text("party.representativeTitle", 30, "tj-party-title");
        representative.setLabel(t("party.representative"));
        representative.setId("tj-party-representative");
        agent = text("party.agentName", 50, "tj-party-agent");
        agentPhone = text("party.agentPhone", 20, "tj-party-agent-phone");
        authority.setLabel(t("party.agentAuthority"));
        authority.setItems(PartyDetails.AgentAuthority.values());
        authority.setItemLabelGenerator(a -> Labels.of(owner, a));
        authority.setEmptySelectionAllowed(true);
        authority.setId("tj-party-authority");
        kind.addValueChangeListener(e -> kindFields());
        kindFields();
    }

    /** Fills the fields from a party on file; its numbers show masked and stay as they are when left blank. */
    public void fill(DisputeDetail.Party party) {
        role.setValue(party.role());
        kind.setValue(party.organisation());
        name.setValue(nz(party.name()));
        gender.setValue(party.gender() == null ? null : PartyDetails.Gender.valueOf(party.gender()));
        ethnicity.setValue(nz(party.ethnicity()));
        birth.setValue(party.birthDate());
        idNumber.setPlaceholder(nz(party.idNumberMasked()));
        if (party.idNumberMasked() != null && !party.idNumberMasked().isEmpty()) {
            // the number on file stays unless a new one is typed
            idNumber.setHelperText(t("party.idNumber.helperKeep"));
        }
        phone.setPlaceholder(nz(party.phoneMasked()));
        phone.setHelperText(party.phoneMasked() == null || party.phoneMasked().isEmpty() ? null
                : t("party.number.keep"));
        address.setValue(nz(party.address()));
        creditCode.setValue(nz(party.creditCode()));
        legal.setValue(nz(party.legalRepresentative()));
        title.setValue(nz(party.representativeTitle()));
        representative.setValue(party.representative());
        agent.setValue(nz(party.agentName()));
        agentPhone.setPlaceholder(nz(party.agentPhoneMasked()));
        authority.setValue(party.agentAuthority());
    }

    /** Puts the fields in a dialog, in the order they are asked. */
    public void addTo(FormDialog dialog) {
        dialog.addFields(role, kind, name, gender, ethnicity, birth, idNumber, phone, creditCode, legal, title, address,
                agent, agentPhone, authority, representative);
        dialog.spanWide(address);
    }

    /** What was entered. */
    public PartyDetails details() {
        return new PartyDetails(role.getValue(), Boolean.TRUE.equals(kind.getValue()), name.getValue(),
                gender.getValue(), ethnicity.getValue(), birth.getValue(), idNumber.getValue(), phone.getValue(),
                address.getValue(), creditCode.getValue(), legal.getValue(), title.getValue(), representative.getValue(),
                agent.getValue(), agentPhone.getValue(), authority.getValue());
    }

    public void focus() {
        name.focus();
    }

    private void kindFields() {
        boolean org = Boolean.TRUE.equals(kind.getValue());
        gender.setVisible(!org);
        ethnicity.setVisible(!org);
        birth.setVisible(!org);
        idNumber.setVisible(!org);
        creditCode.setVisible(org);
        legal.setVisible(org);
        title.setVisible(org);
        address.setLabel(t(org ? "party.domicile" : "party.address"));
    }

    private TextField text(String key, int max, String id) {
        TextField field = new TextField(t(key));
        field.setMaxLength(max);
        field.setId(id);
        return field;
    }

    private String t(String key) {
        return owner.getTranslation(key);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
