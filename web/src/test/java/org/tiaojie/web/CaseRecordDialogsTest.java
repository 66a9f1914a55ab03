package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.mediation.ReturnVisit;
import org.tiaojie.web.casefile.CaseFileView;
import org.tiaojie.web.supervision.SupervisorHomeView;

/** Each record-keeping dialog of the case file refuses bad input in place and saves good input. */
@TiaojieSpringTest
class CaseRecordDialogsTest extends SpringBrowserlessTest {

    @Autowired
    org.tiaojie.casework.shared.EventPublications publications;

    @Autowired
    AccountService accounts;
    @Autowired
    DisputeService disputes;
    @Autowired
    org.tiaojie.casework.dispute.DisputeRegistration registration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.tiaojie.casework.calendar.CalendarService calendar;

    private long id;

    private void loginAs(String name) {
        AuthenticatedUser user = Logins.as(accounts, name);
    }

    @BeforeEach
    void anAcceptedCaseWithTwoParties() {
        long organisation = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, organisation);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'NEIGHBOUR'", Long.class);
        loginAs("huawu");
        id = registration.register(NewCase.of(Channel.HOTLINE_12345).ref("GD-DIALOG-" + System.nanoTime())
                .category(category).in(compound).description("楼上漏水殃及楼下，双方就维修费用分担协商无果")
                .partyCount(2).caller("周女士", "19900004444")
                .parties(List.of(PartyDetails.person(PartyRole.APPLICANT, "周测试", null, "13800005555", "测试路2号"), PartyDetails.person(PartyRole.RESPONDENT, "吴测试", null, "13800006666", "测试路2号")))
                .build());
        org.tiaojie.testing.Settled.await(publications); // its intake supervision (a repeat caller) comes after the commit
        loginAs("shequ");
        disputes.accept(id, jdbc.queryForObject("select version from dispute where id = ?", Long.class, id));
        navigate("case/" + id, CaseFileView.class);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private String state() {
        return find(Span.class).id("tj-case-state").getText();
    }

    private String error() {
        return find(Span.class).id("tj-form-error").getText();
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    /** A button in a grid cell (grid cells are not in the component tree). */
    private void clickInGrid(Grid<?> grid, int row, int column, int index) {
        var cell = test(grid).getCellComponent(row, column);
        Button b = (Button) (cell instanceof Button ? cell : cell.getChildren().toList().get(index));
        test(b).click();
    }

    private void type(String id, String value) {
        find(TextField.class).id(id).setValue(value);
    }

    private void write(String id, String value) {
        find(TextArea.class).id(id).setValue(value);
    }

    private void scheduleAndHoldASession() {
        click("tj-schedule");
        type("tj-session-mediators", "钱调解");
        click("tj-save");
        clickInGrid(find(Grid.class).id("tj-sessions"), 0, 5, 0);
        type("tj-minutes-recorder", "钱调解");
        write("tj-minutes-statements", "申请人：漏水三次；被申请人：愿意维修");
        click("tj-save");
    }

    /** A refusal about one field, shown beside that field (issue #27), not at the dialog's foot. */
    private String fieldError(com.vaadin.flow.component.HasValidation field) {
        assertThat(field.isInvalid()).isTrue();
        return field.getErrorMessage();
    }

    @Test
    void aSessionIsScheduledAndItsMinutesRecordedOnlyWhenComplete() {
        click("tj-schedule");
        // a new session defaults to nine o'clock on the next working day of the holiday calendar, never a weekend
        var when = find(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).id("tj-session-time").getValue();
        java.time.LocalDate today = java.time.LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE);
        assertThat(when).isEqualTo(calendar.calendar().addWorkingDays(today, 1).atTime(9, 0));
        assertThat(calendar.calendar().isWorkingDay(when.toLocalDate())).isTrue();
        find(TextArea.class).id("tj-session-participants").setValue("");
        click("tj-save");
        assertThat(fieldError(find(TextField.class).id("tj-session-mediators"))).isEqualTo("请填写调解员。");
        type("tj-session-mediators", "钱调解、孙调解");
        click("tj-save");
        assertThat(fieldError(find(TextArea.class).id("tj-session-participants"))).isEqualTo("请填写参加人员。");
        assertThat(find(TextField.class).id("tj-session-mediators").isInvalid()).isFalse();
        write("tj-session-participants", "周测试、吴测试");
        click("tj-save");
        assertThat(state()).isEqualTo("调解中");
        Grid<?> sessions = find(Grid.class).id("tj-sessions");
        assertThat(test(sessions).size()).isEqualTo(1);
        assertThat(test(sessions).getCellText(0, 3)).isEqualTo("已安排");

        clickInGrid(sessions, 0, 5, 0);
        click("tj-save");
        assertThat(fieldError(find(TextField.class).id("tj-minutes-recorder"))).isEqualTo("请填写记录人。");
        type("tj-minutes-recorder", "钱调解");
        click("tj-save");
        assertThat(fieldError(find(TextArea.class).id("tj-minutes-statements"))).isEqualTo("请填写各方陈述。");
        write("tj-minutes-statements", "申请人称漏水三次；被申请人同意维修");
        find(Checkbox.class).id("tj-minutes-oral").setValue(true);
        click("tj-save");
        assertThat(fieldError(find(TextArea.class).id("tj-minutes-outcome")))
                .isEqualTo("达成口头协议的，请在“调解结果”中写明协议内容。");
        find(Checkbox.class).id("tj-minutes-oral").setValue(false);
        click("tj-save");
        assertThat(test(find(Grid.class).id("tj-sessions")).getCellText(0, 3)).isEqualTo("已召开");
    }

    @Test
    void anInvestigationNeedsItsPlacePeopleAndContent() {
        click("tj-investigate");
        click("tj-save");
        assertThat(fieldError(find(TextField.class).id("tj-investigation-place"))).isEqualTo("请填写地点。");
        type("tj-investigation-place", "楼下卫生间");
        type("tj-investigation-investigators", "钱调解");
        type("tj-investigation-subject", "物业维修工");
        click("tj-save");
        assertThat(fieldError(find(TextArea.class).id("tj-investigation-content"))).isEqualTo("请填写调查内容。");
        write("tj-investigation-content", "确认楼上防水层破损");
        click("tj-save");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("tj-investigations").getElement().getText())
                .isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from investigation_record where dispute_id = ?", Long.class, id))
                .isOne();
    }

    @Autowired
    org.tiaojie.casework.agreement.AgreementService agreementService;

    @Autowired
    org.tiaojie.documents.PackageCheck packageCheck;
    @Autowired
    org.tiaojie.casework.attachment.AttachmentService attachments;
    @Autowired
    org.tiaojie.documents.DocumentService documentService;
    @Autowired
    org.tiaojie.casework.document.CaseDocumentService documentStore;

    @Test
    void theAgreementIsGeneratedAsAPdfAndRegeneratingKeepsTheEarlierVersion() throws Exception {
        scheduleAndHoldASession();
        long version = jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
        List<Long> parties = jdbc.queryForList("select id from dispute_party where dispute_id = ? order by id", Long.class, id);
        agreementService.conclude(id, version, new org.tiaojie.casework.agreement.AgreementDraft(
                org.tiaojie.casework.agreement.Agreement.Form.WRITTEN, "楼上卫生间防水层破损致楼下天花板渗水",
                "被申请人负主要责任", 3, null, List.of(
                        new org.tiaojie.casework.agreement.TermDraft(parties.get(1), "维修楼上防水层", null, "自行维修",
                                "楼上卫生间", LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).plusDays(10)),
                        new org.tiaojie.casework.agreement.TermDraft(parties.get(1), "赔偿楼下装修损失",
                                new BigDecimal("3500"), "微信转账", "无", LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).plusDays(20)))));
        navigate("case/" + id, CaseFileView.class);
        click("tj-generate-agreement-1");
        Grid<?> documents = find(Grid.class).id("tj-documents");
        assertThat(test(documents).size()).isEqualTo(1);
        assertThat(test(documents).getCellText(0, 0)).isEqualTo("人民调解协议书");
        assertThat(test(documents).getCellText(0, 1)).isEqualTo("第 1 版");
        byte[] pdf = jdbc.queryForObject("""
                select x.data from case_document d join case_document_data x on x.document_id = d.id
                where d.dispute_id = ? and d.kind = 'AGREEMENT'""", byte[].class, id);
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertThat(text).contains("人民调解协议书", "申请人：周测试", "被申请人：吴测试", "维修楼上防水层",
                "人民币叁仟伍佰元整（¥3500.00）", "人民调解员：钱调解");

        click("tj-generate-agreement-1");
        assertThat(test(find(Grid.class).id("tj-documents")).size()).isEqualTo(2);

        // the bundle files the photo and every document the case has, in order, in the background
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        attachments.upload(id, jdbc.queryForObject("select version from dispute where id = ?", Long.class, id),
                org.tiaojie.casework.attachment.AttachmentKind.EVIDENCE, "渗水照片", "leak.png", png.toByteArray());
        // the paper the parties signed was printed from version 1: its scan is filed in the agreement's place
        long first = jdbc.queryForObject("""
                select id from case_document where dispute_id = ? and kind = 'AGREEMENT' and doc_version = 1""", Long.class, id);
        var scan = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(210, 297, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", scan);
        documentStore.uploadSignedCopy(first, jdbc.queryForObject("select version from dispute where id = ?", Long.class,
                id), "signed.png", scan.toByteArray());
        List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        var bundle = documentService.generateBundle(id, (placed, all) -> progress.add(placed + "/" + all))
                .get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(bundle.kind()).isEqualTo(org.tiaojie.casework.document.DocumentKind.BUNDLE);
        assertThat(progress).isNotEmpty().last().asString().matches("(\\d+)/\\1");
        byte[] bundlePdf = jdbc.queryForObject("select data from case_document_data where document_id = ?",
                byte[].class, bundle.id());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bundlePdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(bundle.pages());
            String all = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            PdfOrder.inOrder(all, List.of("人民调解卷宗", "卷内目录", "人民调解受理登记表", "人民调解当事人权利义务告知书",
                    "证据材料：渗水照片", "调解笔录（第1次调解）", "人民调解协议书", "签字件扫描（第1版）", "司法确认申请书",
                    "卷内备考表", "leak.png", "signed.png"));
        }
        // the delivery package: the bundle, the original photo, and a manifest whose hashes match both
        var zip = new java.io.ByteArrayOutputStream();
        documentService.writePackage(bundle.id(), zip);
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly(bundle.fileName(), "原件/01-leak.png", "原件/02-signed.png",
                "manifest.json", "manifest.sig.json");
        assertThat(entries.get(bundle.fileName())).isEqualTo(bundlePdf);
        assertThat(entries.get("原件/01-leak.png")).isEqualTo(png.toByteArray());
        var manifest = tools.jackson.databind.json.JsonMapper.builder().build().readTree(entries.get("manifest.json"));
        for (var file : manifest.get("files")) {
            byte[] bytes = entries.get(file.get("path").asString());
            assertThat(file.get("sha256").asString()).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
        assertThat(manifest.get("files").get(0).get("sha256").asString()).isEqualTo(bundle.sha256());

        // 核验 against what the platform registered: the package as sent passes; a swapped photo with its manifest
        // rebuilt fails on the signature and on the original's registered digest, re-signed by a forger's key too
        assertThat(packageCheck.check(zip.toByteArray()).findings()).isEmpty();
        byte[] swapped = png.toByteArray().clone();
        swapped[swapped.length - 5] ^= 1;
        var forged = packageCheck.check(Packages.forge(zip.toByteArray(), "原件/01-leak.png", swapped, null));
        assertThat(forged.files().intact()).as("the forger's manifest agrees with the forged files").isTrue();
        assertThat(forged.findings()).extracting(org.tiaojie.documents.PackageCheck.Finding::problem).containsExactly(
                org.tiaojie.documents.PackageCheck.Problem.BAD_SIGNATURE,
                org.tiaojie.documents.PackageCheck.Problem.ORIGINAL_NOT_REGISTERED);
        var resigned = packageCheck.check(Packages.forge(zip.toByteArray(), bundle.fileName(),
                java.util.Arrays.copyOf(bundlePdf, bundlePdf.length + 1), Packages.foreignSigner()));
        assertThat(resigned.findings()).extracting(org.tiaojie.documents.PackageCheck.Finding::problem).containsExactly(
                org.tiaojie.documents.PackageCheck.Problem.FOREIGN_KEY,
                org.tiaojie.documents.PackageCheck.Problem.BUNDLE_NOT_REGISTERED);

        assertThat(jdbc.queryForList("""
                select doc_version from case_document where dispute_id = ? and kind = 'AGREEMENT' order by doc_version""",
                Integer.class, id)).containsExactly(1, 2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where dispute_id = ? and action = 'GENERATE_DOCUMENT'",
                Long.class, id)).isEqualTo(3); // two agreements and the bundle
    }

    @Test
    void aSupervisorSupervisesTheCaseAndSendsItsNoticeAndNothingElse() throws Exception {
        loginAs("duban");
        navigate("case/" + id, CaseFileView.class);
        assertThat(find(Button.class).withId("tj-generate-acceptance_form").all()).isEmpty();
        assertThat(find(Button.class).withId("tj-generate-bundle").all()).isEmpty();
        long before = jdbc.queryForObject("select count(*) from supervision_event where supervision_id in"
                + " (select id from supervision where dispute_id = ?)", Long.class, id);
        click("tj-supervise");
        click("tj-save");
        assertThat(error()).isEqualTo("请填写督办事由。");
        assertThat(jdbc.queryForObject("select count(*) from supervision_event where supervision_id in"
                + " (select id from supervision where dispute_id = ?)", Long.class, id)).isEqualTo(before);
        write("tj-reason", "群众多次来电，调解进度缓慢");
        type("tj-supervision-leader", "王包保 副主任");
        click("tj-save");
        assertThat(find(Grid.class).id("tj-case-supervisions")).isNotNull();
        click("tj-generate-supervision_notice");
        Grid<?> documents = find(Grid.class).id("tj-documents");
        assertThat(test(documents).getCellText(0, 0)).isEqualTo("督办通知单");
        byte[] pdf = jdbc.queryForObject("""
                select x.data from case_document d join case_document_data x on x.document_id = d.id
                where d.dispute_id = ? and d.kind = 'SUPERVISION_NOTICE'""", byte[].class, id);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            String supervisor = jdbc.queryForObject("""
                    select o.name from app_user u join organisation o on o.id = u.organisation_id where u.username = 'duban'""",
                    String.class);
            PdfOrder.inOrder(text, List.of("督办通知单", "督办编号", "你单位承办的", "群众多次来电，调解进度缓慢", "区级督办",
                    "督办要求", "包保领导", "王包保副主任", supervisor + "（印章）"));
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAgreementIsCheckedTermByTermAndConcludedWithThreeTerms() {
        scheduleAndHoldASession();
        click("tj-agree");
        assertThat(find(TextArea.class).id("tj-agreement-facts").getValue())
                .as("the facts are the mediator's words, never the complaint prefilled").isEmpty();
        write("tj-agreement-facts", "楼上卫生间防水层破损，致楼下天花板渗水，双方就维修和赔偿产生争议。");
        find(IntegerField.class).id("tj-agreement-copies").setValue(2);
        click("tj-save");
        assertThat(error()).isEqualTo("协议份数至少为 3 份（每方当事人一份，调解委员会留存一份）。");
        find(IntegerField.class).id("tj-agreement-copies").setValue(3);
        click("tj-save");
        assertThat(error()).isEqualTo("第 1 项条款：请选择履行义务人（须为本案当事人）。");
        click("tj-add-term");
        click("tj-add-term");
        String[] what = {"维修楼上防水层", "赔偿楼下装修损失", "配合入户检查"};
        String[] amount = {null, "3500.00", null};
        for (int n = 1; n <= 3; n++) {
            ComboBox<DisputeDetail.Party> obligor = find(ComboBox.class).id("tj-term-" + n + "-obligor");
            obligor.setValue(n == 3 ? obligor.getListDataView().getItem(0) : obligor.getListDataView().getItem(1));
            type("tj-term-" + n + "-obligation", what[n - 1]);
            if (amount[n - 1] != null) {
                find(BigDecimalField.class).id("tj-term-" + n + "-amount").setValue(new BigDecimal(amount[n - 1]));
            }
        }
        type("tj-term-1-obligation", "");
        click("tj-save");
        assertThat(error()).isEqualTo("第 1 项条款：请填写履行事项。");
        type("tj-term-1-obligation", what[0]);
        click("tj-save");
        assertThat(error()).isEqualTo("第 1 项条款：请选择或填写履行期限。");
        for (int n = 1; n <= 3; n++) {
            find(DatePicker.class).id("tj-term-" + n + "-deadline").setValue(LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).plusDays(10L * n));
        }
        find(DatePicker.class).id("tj-term-2-deadline").setValue(LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).minusDays(1));
        click("tj-save");
        assertThat(error()).isEqualTo("第 2 项条款：履行期限不能早于今天。");
        assertThat(state()).isEqualTo("调解中");
        find(DatePicker.class).id("tj-term-2-deadline").setValue(LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).plusDays(20));
        click("tj-save");
        assertThat(state()).isEqualTo("达成协议");
        Grid<?> terms = find(Grid.class).withClassName("tj-terms-grid").single();
        assertThat(test(terms).size()).isEqualTo(3);
        assertThat(test(terms).getCellText(1, 1)).isEqualTo("吴测试");
        assertThat(test(terms).getCellText(1, 3)).isEqualTo("3500.00 元");
        assertThat(test(terms).getCellText(2, 1)).isEqualTo("周测试");

        clickInGrid(terms, 1, 7, 0);
        find(RadioButtonGroup.class).id("tj-performance").setValue(
                org.tiaojie.casework.agreement.AgreementTerm.Performance.PARTIAL);
        click("tj-save");
        assertThat(error()).isEqualTo("部分履行或未履行的，请写明情况。");
        write("tj-reason", "已赔偿 2000 元，余款约定下月付清");
        click("tj-save");
        assertThat(test(find(Grid.class).withClassName("tj-terms-grid").single()).getCellText(1, 6))
                .startsWith("部分履行");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aDissatisfiedReturnVisitNeedsItsReasonAndReopensTheCase() {
        // a 12345 order: 办结 waits for the final reply to the platform
        click("tj-withdraw");
        write("tj-reason", "申请人撤回");
        click("tj-save");
        assertThat(error()).isEqualTo("12345工单须先向热线平台办结反馈，再办结案件。");
        find(com.vaadin.flow.component.dialog.Dialog.class).first().close();
        click("tj-reply-final");
        click("tj-save");
        assertThat(error()).isEqualTo("请填写答复内容。");
        write("tj-reply-text", "申请人已撤回调解申请，本工单办结。");
        click("tj-save");
        // given once: the reply buttons are gone, the platform's reply clock stopped
        assertThat(find(Button.class).withId("tj-reply-final").all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("tj-platform-replies")
                .getElement().getTextRecursively()).contains("办结反馈", "申请人已撤回调解申请，本工单办结。");
        click("tj-withdraw");
        write("tj-reason", "申请人撤回");
        click("tj-save");
        assertThat(state()).isEqualTo("已办结");
        click("tj-revisit");
        find(RadioButtonGroup.class).id("tj-visit-satisfaction").setValue(ReturnVisit.Satisfaction.DISSATISFIED);
        type("tj-visit-visitor", "钱调解");
        click("tj-save");
        assertThat(error()).isEqualTo("回访不满意的，请写明不满意的原因。");
        write("tj-reason", "漏水仍未解决");
        click("tj-save");
        assertThat(state()).isEqualTo("已受理");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("tj-visits").getElement().getTextRecursively())
                .contains("不满意");
    }

    @Test
    void anUploadWithoutAFileIsRefusedAndAnExtensionGoesToTheSupervisor() {
        click("tj-add-attachment");
        click("tj-save");
        assertThat(error()).isEqualTo("请选择或填写要上传的文件。");
        test(find(Button.class).withText("取消").last()).click();

        click("tj-extend");
        find(IntegerField.class).id("tj-extend-by").setValue(30);
        write("tj-reason", "需委托鉴定");
        click("tj-save");
        assertThat(error()).isEqualTo("延期不能超过 10 个工作日。");
        find(IntegerField.class).id("tj-extend-by").setValue(5);
        click("tj-save");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("tj-extensions").getElement().getTextRecursively())
                .contains("待审批");

        long request = jdbc.queryForObject("select id from extension_request where dispute_id = ?", Long.class, id);
        loginAs("duban");
        navigate(SupervisorHomeView.class);
        clickInGrid(find(Grid.class).id("tj-extension-requests"), 0, 5, 1);
        click("tj-save");
        assertThat(error()).isEqualTo("请填写审批意见。");
        write("tj-reason", "理由不充分，请抓紧调解");
        click("tj-save");
        assertThat(jdbc.queryForObject("select status from extension_request where id = ?", String.class, request))
                .isEqualTo("REFUSED");
    }
}
