package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.audit.AuditFilter;
import org.tiaojie.casework.audit.AuditQueryService;
import org.tiaojie.casework.audit.AuditRow;
import org.tiaojie.casework.audit.AuditService;
import org.tiaojie.casework.audit.AuditVerification;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * The audit log: reads of a case file, changes and refused look-ups are recorded; the
 * administrator finds them by user, action and case number; the hash chain verifies, and an entry
 * changed, a link removed or a row slipped into the table is reported.
 */
abstract class AuditScenarios extends DemoDistrictScenarios {

    @Autowired AuditQueryService auditLog;
    @Autowired DisputeQueryService queries;
    @Autowired org.tiaojie.casework.dispute.CaseDetailService details;
    @Autowired IntakeService intake;
    @Autowired org.tiaojie.casework.intake.WorkOrderImportService imports;
    @Autowired org.tiaojie.casework.attachment.AttachmentService attachments;

    private long register() {
        long compound = freshCompound();
        long category = jdbc.queryForObject("select id from dispute_category where code = 'FEES.SERVICE_FEE'",
                Long.class);
        String phone = phone();
        login("huawu");
        return intake.register(NewCase.of(Channel.HOTLINE_12345).category(category).in(compound)
                .description("审计测试：电梯停运三天无人处理").caller("孙审计", phone).build(), null);
    }

    @Test
    void readsAndChangesAreRecordedAndFoundByTheAdministrator() {
        long id = register();
        String number = jdbc.queryForObject("select case_number from dispute where id = ?", String.class, id);
        login("shequ");
        details.detail(id);
        details.revealCaller(id);
        settled();
        long version = jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
        long attachment = attachments.upload(id, version, org.tiaojie.casework.attachment.AttachmentKind.IDENTITY,
                "申请人身份证复印件", "id.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
        attachments.content(attachment);

        login("admin");
        List<AuditRow> rows = auditLog.page(new AuditFilter(null, null, number, null, null), 0, 50);
        assertThat(rows).extracting(AuditRow::action)
                .contains("DisputeRegistered", AuditService.READ_CASE, AuditService.REVEAL_CALLER,
                        "EVIDENCE_ADDED", org.tiaojie.casework.attachment.AttachmentService.OPEN_ATTACHMENT);
        // a change of the case file that is no lifecycle step is recorded with what the timeline says
        assertThat(rows).filteredOn(r -> r.action().equals("EVIDENCE_ADDED")).singleElement()
                .satisfies(r -> assertThat(r.username()).isEqualTo("shequ"))
                .satisfies(r -> assertThat(r.detail()).contains("申请人身份证复印件"));
        assertThat(rows).allMatch(r -> number.equals(r.caseNumber()) && r.disputeId() == id);
        assertThat(rows.getFirst().action()).isEqualTo("OPEN_ATTACHMENT"); // newest first
        assertThat(rows).filteredOn(r -> r.action().equals(AuditService.READ_CASE))
                .extracting(AuditRow::username).containsOnly("shequ");
        assertThat(auditLog.count(new AuditFilter(null, null, number, null, null))).isEqualTo(rows.size());
        // part of the number, ASCII brackets for the full-width ones, finds the same entries (#27)
        String part = number.substring(number.indexOf('第'));
        assertThat(auditLog.page(new AuditFilter(null, null, part, null, null), 0, 50)).extracting(AuditRow::id)
                .containsAll(rows.stream().map(AuditRow::id).toList());
        String ascii = number.replace('（', '(').replace('）', ')');
        assertThat(auditLog.count(new AuditFilter(null, null, ascii, null, null))).isEqualTo(rows.size());
        assertThat(auditLog.count(new AuditFilter(null, null, "没有这个案号", null, null))).isZero();
        assertThat(auditLog.count(new AuditFilter("shequ", AuditService.READ_CASE, number, null, null))).isOne();
        LocalDate today = LocalDate.now(CaseworkConfiguration.ZONE);
        assertThat(auditLog.count(new AuditFilter(null, null, number, today, today))).isEqualTo(rows.size());
        assertThat(auditLog.count(new AuditFilter(null, null, number, today.plusDays(1), null))).isZero();
        assertThat(auditLog.count(new AuditFilter(null, null, "不存在的案号", null, null))).isZero();
        assertThat(auditLog.actions()).contains(AuditService.READ_CASE, "DisputeRegistered");

        AuditVerification check = auditLog.verify();
        assertThat(check.intact()).as(check.toString()).isTrue();
        assertThat(check.pending()).isZero();
        assertThat(check.checked()).isEqualTo(check.headSeq()).isGreaterThanOrEqualTo(3);
        assertThat(auditLog.page(new AuditFilter("admin", AuditService.AUDIT_VERIFIED, null, null, null), 0, 1))
                .first().extracting(AuditRow::detail).asString().startsWith("intact");
    }

    @Test
    void anExportOfPersonalDataIsRecordedAndOnlyForTheRolesThatMayMakeIt() {
        login("shequ");
        assertThatThrownBy(() -> imports.reportExported("工单.xlsx", 12)).isInstanceOf(AccessDeniedException.class);
        login("huawu");
        imports.reportExported("工单.xlsx", 12);
        assertThat(jdbc.queryForObject("select detail from audit_entry where username = 'huawu' and action = 'EXPORT' "
                + "order by occurred_at desc, id desc limit 1", String.class))
                .isEqualTo("import error report of 工单.xlsx, 12 rows");
    }

    @Test
    void aLookUpOutsideTheJurisdictionIsRefusedAndRecorded() {
        long id = register();
        long foreign = jdbc.queryForObject("select min(d.id) from dispute d join compound c on c.id = d.compound_id "
                + "where c.community_id <> (select community_id from compound where id = "
                + "(select compound_id from dispute where id = ?))", Long.class, id);
        login("shequ");
        long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCESS_DENIED' "
                + "and username = 'shequ'", Long.class);
        assertThatThrownBy(() -> details.detail(foreign)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCESS_DENIED' "
                + "and username = 'shequ' and detail = ?", Long.class, "dispute " + foreign)).isPositive();
        // the refused case's id is in its column, so the log's filter by case finds the attempt (issue #26)
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCESS_DENIED' "
                + "and username = 'shequ' and dispute_id = ?", Long.class, foreign)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCESS_DENIED' "
                + "and username = 'shequ'", Long.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'READ_CASE' "
                + "and dispute_id = ?", Long.class, foreign)).isZero();
        // and only administrators read the log
        assertThatThrownBy(() -> auditLog.page(AuditFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.verify()).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Phone and ID numbers never reach the application log: registration with a party, reading
     * the file, revealing numbers, a refused look-up and a failed login are all logged or audited,
     * and every log line is checked for the numbers.
     */
    @Test
    void personalNumbersNeverReachTheLog() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        root.addAppender(log);
        String caller = phone();
        String partyPhone = phone();
        String idNumber = "11010519491231002X";
        try {
            long compound = freshCompound();
            long category = jdbc.queryForObject("select id from dispute_category where code = 'FEES.SERVICE_FEE'",
                    Long.class);
            login("huawu");
            long id = intake.register(NewCase.of(Channel.HOTLINE_12345).category(category).in(compound)
                    .description("日志测试：物业费收据开错").caller("冯日志", caller)
                    .parties(List.of(org.tiaojie.casework.dispute.PartyDetails.person(org.tiaojie.casework.dispute.PartyRole.APPLICANT, "冯日志", idNumber, partyPhone, "日志路1号")))
                    .build(), null);
            login("shequ");
            var detail = details.detail(id);
            details.revealCaller(id);
            details.revealParty(id, detail.parties().getFirst().id());
            accounts.loginFailed(caller, "127.0.0.1", "BadCredentialsException");
            long foreign = jdbc.queryForObject("select min(d.id) from dispute d join compound c on c.id = d.compound_id "
                    + "where c.community_id <> (select community_id from compound where id = ?)", Long.class, compound);
            assertThatThrownBy(() -> details.detail(foreign)).isInstanceOf(AccessDeniedException.class);
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).as("the steps above log something").isNotEmpty();
        for (var event : log.list) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(line).doesNotContain(caller).doesNotContain(partyPhone).doesNotContain(idNumber);
        }
    }

    @Test
    void tamperingWithTheLogBreaksTheChain() {
        register();
        login("admin");
        assertThat(auditLog.verify().intact()).isTrue();
        Map<String, Object> middle = jdbc.queryForMap("select s.seq, s.entry_id, s.entry_hash, s.sealed_at, e.detail "
                + "from audit_seal s join audit_entry e on e.id = s.entry_id "
                + "where s.seq = (select max(seq) from audit_seal) - 2");
        long seq = ((Number) middle.get("seq")).longValue();
        long entry = ((Number) middle.get("entry_id")).longValue();

        // an entry's words changed in the table
        jdbc.update("update audit_entry set detail = ? where id = ?", "改过的记录", entry);
        try {
            AuditVerification altered = auditLog.verify();
            assertThat(altered.intact()).isFalse();
            assertThat(altered.problem()).isEqualTo(AuditVerification.Problem.ENTRY_ALTERED);
            assertThat(altered.brokenAtSeq()).isEqualTo(seq);
            assertThat(altered.brokenEntryId()).isEqualTo(entry);
        } finally {
            jdbc.update("update audit_entry set detail = ? where id = ?", middle.get("detail"), entry);
        }
        assertThat(auditLog.verify().intact()).isTrue();

        // a link taken out
        jdbc.update("delete from audit_seal where seq = ?", seq);
        try {
            AuditVerification gap = auditLog.verify();
            assertThat(gap.problem()).isEqualTo(AuditVerification.Problem.LINK_MISSING);
            assertThat(gap.brokenAtSeq()).isEqualTo(seq);
            assertThat(gap.outsideChain()).isOne();
        } finally {
            jdbc.update("insert into audit_seal (seq, entry_id, entry_hash, sealed_at) values (?, ?, ?, ?)", seq, entry,
                    middle.get("entry_hash"), middle.get("sealed_at"));
        }

        // a row written straight into the table, around the application
        jdbc.update("insert into audit_entry (id, occurred_at, username, action, detail) "
                + "values (-42, current_timestamp, 'shequ', 'READ_CASE', 'forged')");
        try {
            AuditVerification forged = auditLog.verify();
            assertThat(forged.problem()).isNull();
            assertThat(forged.outsideChain()).isOne();
            assertThat(forged.intact()).isFalse();
        } finally {
            jdbc.update("delete from audit_entry where id = -42");
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }
}
