package org.tiaojie.documents.template;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.documents.pdf.Block;
import org.tiaojie.documents.pdf.Doc;

/**
 * 终止调解告知书. 人民调解法 Art. 26: when mediation does not succeed the committee ends it and tells the
 * parties that arbitration, administrative and judicial routes remain open; Art. 23 (二): a party may ask
 * to end the mediation, which the notice records as its ground.
 */
final class Terminations {

    /** Why and when the mediation ended: failed, or a party withdrew after the case was accepted. */
    record Ended(Instant at, boolean withdrawn, String reason) {
    }

    private Terminations() {
    }

    static Optional<Ended> ended(CaseDossier d) {
        Optional<CaseDossier.Event> failed = d.lastMoveTo(DisputeState.FAILED);
        if (failed.isPresent()) {
            return Optional.of(new Ended(failed.get().at(), false, failed.get().reason()));
        }
        if (d.closureType() == ClosureType.WITHDRAWN && d.acceptedAt() != null) {
            var closed = d.lastMoveTo(DisputeState.CLOSED);
            return Optional.of(new Ended(closed.map(CaseDossier.Event::at).orElse(d.closedAt()), true,
                    closed.map(CaseDossier.Event::reason).orElse(null)));
        }
        return Optional.empty();
    }

    static Doc notice(CaseDossier d) {
        Ended ended = ended(d).orElseThrow();
        Doc.Builder doc = Doc.builder("终止调解告知书", Templates.issuer(d));
        doc.number("案件编号", "编号：" + d.caseNumber());
        String names = Parties.ordered(d).stream().map(CaseDossier.Party::name).collect(Collectors.joining("、"));
        doc.add(new Block.Aligned("收件人", names + "：", Block.Align.LEFT, false));
        long held = d.sessions().stream().filter(s -> s.heldAt() != null).count();
        String reason = ended.reason() == null || ended.reason().isBlank() ? "" : "（" + Words.stripStop(ended.reason()) + "）";
        String course = ended.withdrawn()
                ? Words.date(ended.at()) + "，当事人要求终止调解" + reason + "。根据《中华人民共和国人民调解法》第二十三条、第二十六条的规定"
                : (held > 0 ? "经" + held + "次调解，" : "") + "当事人未能达成调解协议" + reason
                        + "。根据《中华人民共和国人民调解法》第二十六条的规定";
        doc.paragraph("告知内容", "你们之间的" + Forms.matter(d) + "，本委员会于" + Words.date(d.acceptedAt()) + "受理并组织调解。"
                + course + "，本委员会决定自" + Words.date(ended.at()) + "起终止调解。");
        doc.paragraph("其他途径", "当事人可以依法通过下列途径维护自己的权利：");
        doc.paragraph("途径一", "一、属于物业服务合同等民事纠纷的，可以向人民法院提起诉讼；当事人之间订有仲裁协议的，可以申请仲裁；");
        doc.paragraph("途径二", "二、涉及物业服务企业违反物业管理规定等事项的，可以向" + district(d)
                + "住房和城乡建设（物业管理）主管部门投诉或者申请处理；");
        doc.paragraph("途径三", "三、需要法律帮助的，可以拨打12348公共法律服务热线咨询，或者依法申请法律援助。");
        doc.paragraph("特此告知", "特此告知。");
        doc.seal(Templates.seal(d), Words.date(ended.at()));
        return doc.build();
    }

    private static String district(CaseDossier d) {
        String district = d.organisation() == null ? null : d.organisation().districtName();
        return district == null || district.isBlank() ? "当地" : district;
    }
}
