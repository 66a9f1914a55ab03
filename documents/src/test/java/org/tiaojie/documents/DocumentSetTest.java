package org.tiaojie.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.documents.pdf.DocumentFonts;
import org.tiaojie.documents.pdf.PdfRenderer;
import org.tiaojie.documents.template.DocumentTemplates;

/** Every document type: its text against the case's data, ink on every page, PDF/A-2b. */
class DocumentSetTest {

    private static final PdfRenderer RENDERER = new PdfRenderer(DocumentFonts.shared());
    private static final CaseDossier CLOSED = Dossiers.closed(ClosureType.AGREEMENT);
    private static final CaseDossier REJECTED = Dossiers.moved(Dossiers.agreed(), DisputeState.REJECTED,
            "该纠纷已由人民法院立案受理");
    private static final CaseDossier FAILED = Dossiers.moved(Dossiers.agreed(), DisputeState.FAILED,
            "被申请人不同意赔偿。");
    private static final CaseDossier REFERRED = Dossiers.moved(Dossiers.agreed(), DisputeState.REFERRED_TO_COURT,
            "被申请人坚持不同意赔偿");

    /** What each document must say, in this order. */
    private static final Map<DocumentKind, List<String>> EXPECTED = Map.ofEntries(
            Map.entry(DocumentKind.ACCEPTANCE_FORM, List.of("人民调解受理登记表", "案件编号", "（2026）青溪区湖畔人调字第00012号",
                    "受理日期", "2026年11月2日", "12345热线（GD20261102-0042）", "停车管理", "人民币陆佰元整（¥600.00）",
                    "湖畔花园（青溪区湖畔路18号）", "青溪示范物业服务有限公司", "申请人", "赵建国，男，1979年4月18日出生",
                    "被申请人", "统一社会信用代码91110105MA00TEST1X", "委托代理人", "周代理", "业主反映其产权车位长期被外来车辆占用",
                    "属于物业服务纠纷，当事人同意调解", "翠湖街道湖畔社区人民调解委员会（印章）", "2026年11月2日",
                    // the clerk who registered it and the mediator who accepted it sign in the form
                    "登记人", "华接线（签名）", "受理人", "钱调解（签名）",
                    // the parties sign that they agree to mediation
                    "以上登记内容属实，本人（单位）同意由人民调解委员会调解", "申请人：赵建国", "被申请人：青溪示范物业服务有限公司")),
            Map.entry(DocumentKind.REFUSAL_NOTICE, List.of("不予受理告知书", "赵建国：", "2026年11月2日通过12345热线",
                    "湖畔花园停车管理纠纷", "该纠纷已由人民法院立案受理，本委员会决定不予受理", "12348", "特此告知",
                    "2026年11月20日")),
            Map.entry(DocumentKind.RIGHTS_NOTICE, List.of("人民调解当事人权利义务告知书", "赵建国：", "选择或者接受人民调解员",
                    "接受调解、拒绝调解或者要求终止调解", "要求调解公开进行或者不公开进行", "自主表达意愿、自愿达成调解协议",
                    "如实陈述纠纷事实", "遵守调解现场秩序，尊重人民调解员", "尊重对方当事人行使权利", "不收取任何费用",
                    "三十日内", "申请人：赵建国", "被申请人：青溪示范物业服务有限公司")),
            Map.entry(DocumentKind.INVESTIGATION_RECORD, List.of("调查记录", "2026年11月5日10:00", "湖畔花园地下车库",
                    "钱调解、孙调解", "车位占用情况现场核实", "B2-118号车位停放一辆外地牌照轿车", "被调查人", "调查人：钱调解、孙调解")),
            Map.entry(DocumentKind.SESSION_RECORD, List.of("调解笔录", "第1次调解", "事由",
                    "赵建国与青溪示范物业服务有限公司之间湖畔花园停车管理纠纷", "2026年11月9日10:00至11:30",
                    "湖畔社区人民调解室", "钱调解、孙调解", "李记录", "赵建国、周代理", "申请人称其车位自2026年9月起",
                    "被申请人称已张贴通知", "问：被申请人是否认可", "双方就清理车位、补偿和缴费达成一致", "申请人：赵建国",
                    "被申请人：青溪示范物业服务有限公司", "参加人：周代理", "调解员：钱调解、孙调解", "记录人：李记录")),
            Map.entry(DocumentKind.AGREEMENT, List.of("人民调解协议书", "申请人：赵建国", "一、由青溪示范物业服务有限公司履行",
                    "三、由赵建国履行", "本协议一式三份", "翠湖街道湖畔社区人民调解委员会（印章）")),
            Map.entry(DocumentKind.CONFIRMATION_APPLICATION, List.of("司法确认申请书", "申请人：赵建国", "申请人：青溪示范物业服务有限公司",
                    "请求事项", "确认申请人于2026年11月9日经翠湖街道湖畔社区人民调解委员会主持调解达成的人民调解协议",
                    "（编号：（2026）青溪区湖畔人调字第00012号）有效", "事实和理由", "一、由青溪示范物业服务有限公司履行",
                    "人民币陆佰元整（¥600.00）", "三、由赵建国履行", "没有恶意串通、规避法律的行为", "送达地址",
                    "青溪区湖畔花园5幢2单元301室", "青溪区示范路88号", "此致", "青溪区人民法院", "申请人：赵建国",
                    "申请人：青溪示范物业服务有限公司")),
            Map.entry(DocumentKind.VISIT_RECORD, List.of("回访记录", "停车管理", "湖畔花园", "2026年12月5日", "电话回访", "孙网格",
                    "满意", "记录人", "钱调解", "申请人赵建国；被申请人青溪示范物业服务有限公司", "第1项：尚未到期或未登记",
                    "车位已清理并加装地锁", "回访人：孙网格", "记录人：钱调解")),
            Map.entry(DocumentKind.CLOSING_REPORT, List.of("人民调解案件结案报告表", "2026年11月2日", "2026年12月6日",
                    "社区（村）", "是", "翠湖街道湖畔社区人民调解委员会", "钱调解、孙调解", "业主反映其产权车位长期被外来车辆占用",
                    "共召开调解会1次，开展调查1次", "调解成功，达成协议", "第3项", "2026年12月5日电话回访，满意",
                    "承办人意见", "承办人（签名）", "负责人审核意见", "负责人（签名）", "翠湖街道湖畔社区人民调解委员会（印章）",
                    "2026年12月6日")),
            Map.entry(DocumentKind.REFERRAL_LETTER, List.of("移送函", "青溪区人民法院：", "赵建国与青溪示范物业服务有限公司之间因湖畔花园停车管理发生纠纷",
                    "2026年11月2日经12345热线反映", "2026年11月2日受理", "经1次调解，当事人未能达成调解协议", "被申请人坚持不同意赔偿",
                    "移送你院", "附件：卷宗材料一套，含受理登记表1份、调查记录1份、调解笔录1份", "联系人：钱调解、孙调解",
                    "19900009000", "2026年11月20日")),
            // 人民调解法 Art. 26: mediation that fails is ended, and the parties are told of the other routes
            Map.entry(DocumentKind.TERMINATION_NOTICE, List.of("终止调解告知书", "编号：（2026）青溪区湖畔人调字第00012号",
                    "赵建国、青溪示范物业服务有限公司：", "赵建国与青溪示范物业服务有限公司之间湖畔花园停车管理纠纷",
                    "2026年11月2日受理并组织调解", "经1次调解，当事人未能达成调解协议（被申请人不同意赔偿）",
                    "第二十六条", "自2026年11月20日起终止调解", "提起诉讼", "申请仲裁", "青溪区住房和城乡建设（物业管理）主管部门",
                    "12348", "特此告知", "翠湖街道湖畔社区人民调解委员会（印章）", "2026年11月20日")));

    /** Every document of a closed, a rejected and a referred case (the shared ones once per case). */
    static Stream<Arguments> documents() {
        return Stream.of(CLOSED, REJECTED, REFERRED, FAILED).flatMap(d -> DocumentTemplates.available(d).stream()
                .map(a -> Arguments.of(a.kind(), d, a.recordId())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void eachDocumentStatesItsDataInOrderOnInkedPdfA2bPages(DocumentKind kind, CaseDossier d, Long record)
            throws Exception {
        byte[] pdf = RENDERER.render(DocumentTemplates.build(d, kind, record), Instant.parse("2026-12-06T05:00:00Z"));
        String text = PdfChecks.text(pdf);
        PdfChecks.inOrder(text, EXPECTED.get(kind));
        int pages = PdfChecks.pages(pdf);
        assertThat(text).contains("第" + pages + "页共" + pages + "页");
        PdfChecks.notBlank(pdf);
        PdfChecks.pdfA2b(pdf);
        // 人民调解法 Art. 29: the committee seals; a room or centre is no issuer
        assertThat(text).doesNotContain("调解室（印章）", "调解中心（印章）");
    }

    @Test
    void theJointApplicationNamesEveryPartyAnApplicantAndTheCourtWhereTheCommitteeSits() throws Exception {
        // 民事诉讼法 Art. 205 and the SPC's rules on judicial confirmation: the parties apply together to the
        // basic court where the committee sits; nobody is a respondent
        CaseDossier noCourt = Dossiers.moved(Dossiers.agreed(), DisputeState.AGREED, null);
        noCourt = new CaseDossier(noCourt.disputeId(), noCourt.version(), noCourt.caseNumber(), noCourt.state(),
                noCourt.tier(), noCourt.channel(), noCourt.externalRef(), noCourt.organisation(), null,
                noCourt.categoryName(), noCourt.compoundName(), noCourt.compoundAddress(), noCourt.propertyCompanyName(),
                noCourt.description(), noCourt.amount(), false, false, null, null, noCourt.registeredAt(),
                noCourt.acceptedAt(), null, null, null, noCourt.parties(), noCourt.history(), noCourt.sessions(),
                noCourt.investigations(), noCourt.agreements(), noCourt.visits(), noCourt.attachments(), noCourt.clocks());
        String text = PdfChecks.text(RENDERER.render(DocumentTemplates.build(noCourt,
                DocumentKind.CONFIRMATION_APPLICATION, noCourt.agreements().getFirst().id()), Instant.now()));
        assertThat(text).doesNotContain("被申请人：", "有管辖权的人民法院").contains("此致青溪区人民法院");
    }

    @Test
    void theClosingReportKeepsItsSignaturesAndSealInTheFormThatHoldsTheContent() throws Exception {
        CaseDossier longOne = Dossiers.with(CLOSED, "业主反映车位被占用。".repeat(90), CLOSED.sessions());
        byte[] pdf = RENDERER.render(DocumentTemplates.build(longOne, DocumentKind.CLOSING_REPORT, null), Instant.now());
        assertThat(PdfChecks.pages(pdf)).isGreaterThan(1);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replaceAll("\\s+", "");
                if (text.contains("（印章）")) {
                    assertThat(text).as("page %d", page).contains("负责人审核意见", "负责人（签名）");
                }
            }
        }
    }

    @Test
    void theReferralLetterSaysOnlyWhatTheFileHolds() throws Exception {
        CaseDossier unheld = Dossiers.with(REFERRED, REFERRED.description(), List.of());
        String text = PdfChecks.text(RENDERER.render(DocumentTemplates.build(unheld, DocumentKind.REFERRAL_LETTER, null),
                Instant.now()));
        assertThat(text).doesNotContain("经0次", "调解笔录", "等）").contains("当事人未能达成调解协议", "受理登记表1份");
    }

    @Test
    void aWithdrawalEndsTheMediationUnderArticles23And26() throws Exception {
        CaseDossier d = Dossiers.withdrawn();
        assertThat(DocumentTemplates.available(d)).extracting(DocumentTemplates.Available::kind)
                .contains(DocumentKind.TERMINATION_NOTICE);
        assertThat(DocumentTemplates.available(CLOSED)).extracting(DocumentTemplates.Available::kind)
                .doesNotContain(DocumentKind.TERMINATION_NOTICE);
        String text = PdfChecks.text(RENDERER.render(DocumentTemplates.build(d, DocumentKind.TERMINATION_NOTICE, null),
                Instant.now()));
        PdfChecks.inOrder(text, List.of("终止调解告知书", "2026年11月20日，当事人要求终止调解（申请人表示已与物业私下协商，要求终止调解）",
                "第二十三条、第二十六条", "自2026年11月20日起终止调解", "提起诉讼"));
    }

    static final DocumentTemplates.Supervision NOTICE = new DocumentTemplates.Supervision("（2026）督字第00007号",
            "青溪区联席办督查督办组", java.time.LocalDate.of(2026, 11, 20), "区级督办", "超期未办结",
            "调解期限已于2026-11-16届满，至今未办结", "请于办结时限前办结并报送办理情况。", java.time.LocalDate.of(2026, 11, 27),
            "湖畔社区人民调解委员会", "王包保", "湖畔花园");

    @Test
    void theSupervisionNoticeNamesTheLevelReasonInstructionDueDateAndLeader() throws Exception {
        byte[] pdf = RENDERER.render(DocumentTemplates.supervisionNotice(Dossiers.overdue(), NOTICE), Instant.now());
        PdfChecks.inOrder(PdfChecks.text(pdf), List.of("督办通知单", "督办编号：（2026）督字第00007号",
                "湖畔社区人民调解委员会：", "你单位承办的湖畔花园停车管理纠纷", "因调解期限已于2026-11-16届满，至今未办结",
                "现列为区级督办", "2026年11月27日前", "督办级别", "区级督办", "督办来源", "超期未办结", "赵建国",
                "督办事由", "督办要求", "请于办结时限前办结并报送办理情况", "办结时限", "2026年11月27日", "包保领导",
                "王包保", "青溪区联席办督查督办组（印章）", "2026年11月20日"));
        PdfChecks.notBlank(pdf);
        PdfChecks.pdfA2b(pdf);
    }

    @Test
    void aCompoundsSupervisionNoticeNamesTheCompoundAndNoCase() throws Exception {
        var listed = new DocumentTemplates.Supervision("（2026）督字第00008号", "青溪区联席办督查督办组",
                java.time.LocalDate.of(2026, 10, 1), "挂牌督办", "季度挂牌", "2026年第3季度12345及信访投诉 9 件，排名第 1",
                "请制定整改方案，按期完成整改。", java.time.LocalDate.of(2026, 10, 15), "湖畔社区人民调解委员会", null,
                "湖畔花园");
        String text = PdfChecks.text(RENDERER.render(DocumentTemplates.supervisionNotice(null, listed), Instant.now()));
        PdfChecks.inOrder(text, List.of("督办编号：（2026）督字第00008号", "湖畔花园有关问题", "现列为挂牌督办",
                "物业项目", "湖畔花园", "排名第 1", "请制定整改方案"));
        assertThat(text).doesNotContain("案件编号").doesNotContain("纠纷简要情况");
    }

    @Test
    void everyDocumentTypeButTheNoticeOfSupervisionAndTheBundleIsCovered() {
        List<DocumentKind> covered = documents().map(a -> (DocumentKind) a.get()[0]).distinct().toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void aCaseWithOnlyTheRequiredDataGivesEveryDocumentAndABundleWithoutGapsOrNulls() throws Exception {
        CaseDossier sparse = Dossiers.sparse();
        for (DocumentTemplates.Available a : DocumentTemplates.available(sparse)) {
            byte[] pdf = RENDERER.render(DocumentTemplates.build(sparse, a.kind(), a.recordId()), Instant.now());
            String text = PdfChecks.text(pdf);
            assertThat(text).as(a.kind().name()).doesNotContain("null").contains("孙一");
            PdfChecks.pdfA2b(pdf);
        }
        var out = new java.io.ByteArrayOutputStream();
        var result = new org.tiaojie.documents.pdf.BundleWriter(DocumentFonts.shared()).write("卷宗", "某调解委员会",
                Instant.now(), org.tiaojie.documents.template.BundleTemplate.items(sparse, id -> new byte[0]),
                org.tiaojie.documents.template.BundleTemplate.frame(sparse, "钱调解", Instant.now(), "10年"), out,
                (done, all) -> { });
        assertThat(result.entries()).isNotEmpty();
        assertThat(PdfChecks.text(out.toByteArray())).doesNotContain("null");
    }

    @Test
    void aDocumentTheCaseCannotHaveYetIsRefused() {
        CaseDossier agreedOnly = Dossiers.agreed();
        assertThat(DocumentTemplates.available(agreedOnly)).extracting(DocumentTemplates.Available::kind)
                .doesNotContain(DocumentKind.CLOSING_REPORT, DocumentKind.REFUSAL_NOTICE, DocumentKind.REFERRAL_LETTER);
        assertThatThrownBy(() -> DocumentTemplates.build(agreedOnly, DocumentKind.CLOSING_REPORT, null))
                .isInstanceOf(DocumentTemplates.NotAvailable.class);
        assertThatThrownBy(() -> DocumentTemplates.build(agreedOnly, DocumentKind.SESSION_RECORD, 999L))
                .isInstanceOf(DocumentTemplates.NotAvailable.class);
    }
}
