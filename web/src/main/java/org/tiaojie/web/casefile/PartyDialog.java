package org.tiaojie.web.casefile;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * 增加当事人 / 更正当事人信息: a person (姓名, 性别, 民族, 出生日期, 身份证号, 住址, 电话) or an organisation (名称, 住所,
 * 法定代表人 and 职务, 统一社会信用代码), with an agent (一般/特别授权) and, for a group dispute, the 代表人 mark. Numbers
 * on file are shown masked; left blank they stay as they are.
 */
final class PartyDialog {

    private PartyDialog() {
    }

    /** Opens the dialog; {@code party} null adds a new party. */
    static void open(CaseFileServices services, DisputeDetail d, DisputeDetail.Party party, Runnable refresh) {
        FormDialog dialog = new FormDialog(dialogTitle(services, party), null, refresh);
        Select<PartyRole> role = new Select<>();
        role.setLabel(t(dialog, "party.role"));
        role.setItems(PartyRole.values());
        role.setItemLabelGenerator(r -> Labels.of(dialog, r));
        role.setValue(PartyRole.THIRD_PARTY);
        role.setId("tj-party-role");
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(t(dialog, "party.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(o -> t(dialog, o ? "party.kind.organisation" : "party.kind.person"));
        kind.setValue(false);
        kind.setId("tj-party-kind");
        TextField name = text(dialog, "party.name", 100, "tj-party-name");
        name.setRequiredIndicatorVisible(true);
        Select<PartyDetails.Gender> gender = new Select<>();
        gender.setLabel(t(dialog, "party.gender"));
        gender.setItems(PartyDetails.Gender.values());
        gender.setItemLabelGenerator(g -> Labels.of(dialog, g));
        gender.setEmptySelectionAllowed(true);
        gender.setId("tj-party-gender");
        TextField ethnicity = text(dialog, "party.ethnicity", 20, "tj-party-ethnicity");
        ethnicity.setPlaceholder(t(dialog, "party.ethnicity.placeholder"));
        DatePicker birth = new DatePicker(t(dialog, "party.birthDate"));
        birth.setId("tj-party-birth");
        TextField idNumber = text(dialog, "party.idNumber", 18, "tj-party-id");
        idNumber.setHelperText(t(dialog, "party.idNumber.helper"));
        TextField phone = text(dialog, "party.phone", 20, "tj-party-phone");
        TextField address = text(dialog, "party.address", 200, "tj-party-address");
        TextField creditCode = text(dialog, "party.creditCode", 18, "tj-party-credit");
        TextField legal = text(dialog, "party.legalRepresentative", 50, "tj-party-legal");
        TextField title = text(dialog, "party.representativeTitle", 30, "tj-party-title");
        Checkbox representative = new Checkbox(t(dialog, "party.representative"));
        representative.setId("tj-party-representative");
        TextField agent = text(dialog, "party.agentName", 50, "tj-party-agent");
        TextField agentPhone = text(dialog, "party.agentPhone", 20, "tj-party-agent-phone");
        Select<PartyDetails.AgentAuthority> authority = new Select<>();
        authority.setLabel(t(dialog, "party.agentAuthority"));
        authority.setItems(PartyDetails.AgentAuthority.values());
        authority.setItemLabelGenerator(a -> Labels.of(dialog, a));
        authority.setEmptySelectionAllowed(true);
        authority.setId("tj-party-authority");
        if (party != null) {
            role.setValue(party.role());
            kind.setValue(party.organisation());
            name.setValue(party.name());
            gender.setValue(party.gender() == null ? null : PartyDetails.Gender.valueOf(party.gender()));
            ethnicity.setValue(nz(party.ethnicity()));
            birth.setValue(party.birthDate());
            idNumber.setPlaceholder(nz(party.idNumberMasked()));
            phone.setPlaceholder(nz(party.phoneMasked()));
            phone.setHelperText(party.phoneMasked() == null || party.phoneMasked().isEmpty() ? null
                    : t(dialog, "party.number.keep"));
            address.setValue(nz(party.address()));
            creditCode.setValue(nz(party.creditCode()));
            legal.setValue(nz(party.legalRepresentative()));
            title.setValue(nz(party.representativeTitle()));
            representative.setValue(party.representative());
            agent.setValue(nz(party.agentName()));
            agentPhone.setPlaceholder(nz(party.agentPhoneMasked()));
            authority.setValue(party.agentAuthority());
        }
        Runnable kindFields = () -> {
            boolean org = Boolean.TRUE.equals(kind.getValue());
            gender.setVisible(!org);
            ethnicity.setVisible(!org);
            birth.setVisible(!org);
            idNumber.setVisible(!org);
            creditCode.setVisible(org);
            legal.setVisible(org);
            title.setVisible(org);
            address.setLabel(t(dialog, org ? "party.domicile" : "party.address"));
        };
        kind.addValueChangeListener(e -> kindFields.run());
        kindFields.run();
        dialog.addFields(role, kind, name, gender, ethnicity, birth, idNumber, phone, creditCode, legal, title, address,
                agent, agentPhone, authority, representative);
        dialog.spanWide(address);
        dialog.setAction(() -> {
            PartyDetails details = new PartyDetails(role.getValue(), Boolean.TRUE.equals(kind.getValue()),
                    name.getValue(), gender.getValue(), ethnicity.getValue(), birth.getValue(), idNumber.getValue(),
                    phone.getValue(), address.getValue(), creditCode.getValue(), legal.getValue(), title.getValue(),
                    representative.getValue(), agent.getValue(), agentPhone.getValue(), authority.getValue());
            if (party == null) {
                services.parties().add(d.id(), d.version(), details);
            } else {
                services.parties().edit(d.id(), d.version(), party.id(), details);
            }
        });
        dialog.open();
        name.focus();
    }

    /** 附授权委托书: the agent's power of attorney, kept as an attachment of the case and filed with the party. */
    static void powerOfAttorney(CaseFileServices services, DisputeDetail d, DisputeDetail.Party party,
            Runnable refresh) {
        FormDialog dialog = new FormDialog(t(services, "party.powerOfAttorney.title", party.name()),
                null, refresh);
        byte[][] received = new byte[1][];
        String[] fileName = new String[1];
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            fileName[0] = meta.fileName();
            received[0] = bytes;
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) services.attachments().maxBytes());
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setId("tj-power-upload");
        upload.setI18n(org.tiaojie.web.base.UploadTexts.of(dialog));
        dialog.addBelow(upload);
        dialog.setAction(() -> {
            if (received[0] == null) {
                throw new CaseworkException("field.missing", "@field.file");
            }
            services.parties().fileAgentAuthority(d.id(), d.version(), party.id(), fileName[0], received[0]);
        });
        dialog.open();
    }

    private static String dialogTitle(CaseFileServices services, DisputeDetail.Party party) {
        return party == null ? t(services, "party.add") : t(services, "party.edit", party.name());
    }

    private static TextField text(FormDialog dialog, String key, int max, String id) {
        TextField field = new TextField(t(dialog, key));
        field.setMaxLength(max);
        field.setId(id);
        return field;
    }

    private static String t(com.vaadin.flow.component.Component c, String key, Object... args) {
        return c.getTranslation(key, args);
    }

    private static String t(CaseFileServices services, String key, Object... args) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, args);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
