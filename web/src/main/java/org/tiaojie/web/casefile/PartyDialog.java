package org.tiaojie.web.casefile;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.PartyForm;

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
        PartyForm form = new PartyForm(dialog, PartyRole.THIRD_PARTY);
        if (party != null) {
            form.fill(party);
        }
        form.addTo(dialog);
        dialog.setAction(() -> {
            if (party == null) {
                services.parties().add(d.id(), d.version(), form.details());
            } else {
                services.parties().edit(d.id(), d.version(), party.id(), form.details());
            }
        });
        dialog.open();
        form.focus();
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

    private static String t(CaseFileServices services, String key, Object... args) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, args);
    }
}
