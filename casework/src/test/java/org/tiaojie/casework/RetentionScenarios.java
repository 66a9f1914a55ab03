package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.document.CaseDocumentService;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.casework.retention.RecordType;
import org.tiaojie.casework.retention.RetentionRun;
import org.tiaojie.casework.retention.RetentionService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.DataCipher;

/**
 * 保管期限 and 保全 (个人信息保护法 Art. 19: no longer than necessary; Art. 47: deletion when the period ends; 人民调解法
 * Art. 27: the file is kept): each record type's period is a setting; when it has passed, the retention run anonymises
 * the case's caller, parties and further callers in the database and the search index and destroys its documents,
 * leaves a held case as it is, and is audited with its counts; a second run finds nothing more.
 */
abstract class RetentionScenarios extends DemoDistrictScenarios {

    @Autowired RetentionService retention;
    @Autowired DisputeQueryService queries;
    @Autowired CaseDocumentService documents;
    @Autowired TransactionTemplate transactions;
    @Autowired DataCipher cipher;
    @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

    private RecordType type;

    /** Two ended cases of one record type the supervisor sees, with a party of their own, as if ended in 2014. */
    private List<Long> endedLongAgo(String partyName) {
        login("duban");
        List<Long> visible = queries.page(DisputeFilter.all().withStates(java.util.EnumSet.of(
                org.tiaojie.casework.dispute.DisputeState.CLOSED, org.tiaojie.casework.dispute.DisputeState.REVISITED,
                org.tiaojie.casework.dispute.DisputeState.ARCHIVED)), DisputeSort.REGISTERED_DESC, 0, 500).stream()
                .map(DisputeRow::id).toList();
        Map<RecordType, List<Long>> byType = new java.util.EnumMap<>(RecordType.class);
        for (long id : visible) {
            List<Map<String, Object>> rows = jdbc.queryForList("select state, closure_type, (select count(*) from agreement a"
                    + " where a.dispute_id = d.id and a.kind = 'WRITTEN') written, (select count(*) from dispute_party p"
                    + " where p.dispute_id = d.id and p.organisation = false) persons from dispute d where d.id = ?"
                    + " and d.anonymised_at is null and d.legal_hold is null and d.ended_at is not null", id);
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, Object> row = rows.getFirst();
            if (((Number) row.get("persons")).intValue() == 0 || row.get("closure_type") == null) {
                continue;
            }
            RecordType of = RecordType.of(org.tiaojie.casework.dispute.DisputeState.valueOf((String) row.get("state")),
                    org.tiaojie.casework.dispute.ClosureType.valueOf((String) row.get("closure_type")),
                    ((Number) row.get("written")).intValue() > 0);
            byType.computeIfAbsent(of, t -> new java.util.ArrayList<>()).add(id);
        }
        for (var entry : byType.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            type = entry.getKey();
            List<Long> ids = entry.getValue().subList(0, 2);
            for (long id : ids) {
                jdbc.update("update dispute set ended_at = ? where id = ?",
                        java.sql.Timestamp.from(Instant.parse("1990-06-30T02:00:00Z")), id);
                jdbc.update("update dispute_party set name = ? where dispute_id = ? and organisation = false",
                        partyName, id);
            }
            return ids;
        }
        throw new AssertionError("the demo district has no two ended cases of one record type: " + visible.size());
    }

    @Test
    void aCasePastItsRetentionPeriodIsAnonymisedWithItsFilesAndAHeldCaseIsNot() {
        String name = "保管测试" + Long.toString(System.nanoTime() % 100_000, 36);
        List<Long> ids = endedLongAgo(name);
        long due = ids.get(0);
        long held = ids.get(1);
        login("shequ");
        transactions.executeWithoutResult(s -> documents.keepAs(due, new CaseDocumentService.Rendered(
                DocumentKind.AGREEMENT, null, "人民调解协议书", "协议书.pdf", 1, "%PDF-1.7 test".getBytes()),
                Instant.now(), "shequ"));
        login("duban");
        // the full-text index finds both by the party's name before
        reindexed(name, ids);
        login("admin");
        String holdNumber = jdbc.queryForObject("select case_number from dispute where id = ?", String.class, held);
        assertThatThrownBy(() -> retention.hold(holdNumber, " ")).isInstanceOf(CaseworkException.class);
        retention.hold(" " + holdNumber + " ", "当事人已起诉，法院调取卷宗");
        assertThat(retention.holds()).extracting(RetentionService.HoldRow::disputeId).contains(held);
        var withdrawn = retention.periods().stream().filter(p -> p.type() == type).findFirst()
                .orElseThrow();
        assertThat(withdrawn.dueNow()).isGreaterThanOrEqualTo(1);
        assertThat(withdrawn.heldNow()).isGreaterThanOrEqualTo(1);

        RetentionRun.Result result = retention.runNow();
        assertThat(result.cases()).containsKey(type);
        assertThat(result.held()).isGreaterThanOrEqualTo(1);
        assertThat(result.documents()).isGreaterThanOrEqualTo(1);

        Map<String, Object> gone = jdbc.queryForMap("select caller_name, caller_phone, caller_phone_key, description,"
                + " anonymised_at from dispute where id = ?", due);
        assertThat(gone.get("caller_name")).isNull();
        assertThat(gone.get("caller_phone")).isNull();
        assertThat(gone.get("caller_phone_key")).isNull();
        assertThat(gone.get("anonymised_at")).isNotNull();
        assertThat((String) gone.get("description")).contains("保管期限届满");
        assertThat(jdbc.queryForList("select name from dispute_party where dispute_id = ? and organisation = false",
                String.class, due)).allMatch(n -> n.startsWith("已匿名当事人"));
        assertThat(jdbc.queryForObject("select count(*) from dispute_party where dispute_id = ? and (id_number is not"
                + " null or phone is not null or address is not null or agent_name is not null or agent_phone is not"
                + " null) and organisation = false", Long.class, due)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from dispute_contact where dispute_id = ? and (caller_phone"
                + " is not null or caller_name is not null)", Long.class, due)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_document_data where document_id in (select id from"
                + " case_document where dispute_id = ?)", Long.class, due)).isZero();
        long documentId = jdbc.queryForObject("select max(id) from case_document where dispute_id = ?"
                + " and destroyed_at is not null", Long.class, due);
        assertThatThrownBy(() -> documents.content(documentId)).hasMessageContaining("销毁");
        // the held case is as it was
        assertThat(jdbc.queryForObject("select count(*) from dispute_party where dispute_id = ? and name = ?",
                Long.class, held, name)).isPositive();
        assertThat(jdbc.queryForObject("select anonymised_at from dispute where id = ?", Instant.class, held))
                .isNull();
        // the index no longer finds the anonymised case by the name, but still the held one
        login("duban");
        assertThat(search(name)).contains(held).doesNotContain(due);
        // audited: each case, and the run with its totals
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and dispute_id = ?",
                Long.class, RetentionRun.CASE_AUDIT, due)).isOne();
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = ? order by id desc limit 1",
                String.class, RetentionRun.RUN_AUDIT)).contains("cases=" + result.total()).contains("held=");

        login("admin");
        assertThat(retention.runNow().total()).as("a second run finds nothing more").isZero();
        assertThatThrownBy(() -> retention.hold(jdbc.queryForObject("select case_number from dispute where id = ?",
                String.class, due), "迟到的保全")).hasMessageContaining("匿名化");
        retention.release(held);
        assertThat(retention.holds()).extracting(RetentionService.HoldRow::disputeId).doesNotContain(held);
        assertThat(retention.runNow().cases()).containsEntry(type, 1);
    }

    private List<Long> search(String text) {
        return queries.page(DisputeFilter.all().withText(text), DisputeSort.REGISTERED_DESC, 0, 50).stream()
                .map(DisputeRow::id).toList();
    }

    /** The names were set by SQL: the index learns them as it would after a write through the entities. */
    private void reindexed(String name, List<Long> ids) {
        transactions.executeWithoutResult(s -> ids.forEach(id -> org.hibernate.search.mapper.orm.Search.session(em)
                .indexingPlan().addOrUpdate(em.find(org.tiaojie.casework.dispute.Dispute.class, id))));
        assertThat(search(name)).containsAll(ids);
    }

    @Test
    void eachRecordTypesPeriodIsASettingChangedByAnAdministratorAndAudited() {
        login("admin");
        var before = retention.periods().stream().filter(p -> p.type() == RecordType.REJECTED).findFirst()
                .orElseThrow();
        assertThat(before.months()).isEqualTo(36);
        assertThatThrownBy(() -> retention.setPeriod(RecordType.REJECTED, 0, before.version()))
                .isInstanceOf(CaseworkException.class);
        retention.setPeriod(RecordType.REJECTED, 48, before.version());
        var after = retention.periods().stream().filter(p -> p.type() == RecordType.REJECTED).findFirst().orElseThrow();
        assertThat(after.months()).isEqualTo(48);
        assertThat(after.changedBy()).isEqualTo("系统管理员");
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = ? order by id desc limit 1",
                String.class, RetentionService.PERIOD_AUDIT)).isEqualTo("REJECTED 36个月 -> 48个月");
        retention.setPeriod(RecordType.REJECTED, 36, after.version());
        assertThat(RetentionService.label(360)).isEqualTo("30年");
        assertThat(RetentionService.label(null)).isEqualTo("永久");
        // every ended record has the day it ended; no running case has one
        assertThat(jdbc.queryForObject("select count(*) from dispute where ended_at is null and state in"
                + " ('CLOSED', 'REVISITED', 'ARCHIVED', 'REJECTED', 'TRANSFERRED')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from dispute where ended_at is not null and state not in"
                + " ('CLOSED', 'REVISITED', 'ARCHIVED', 'REJECTED', 'TRANSFERRED')", Long.class)).isZero();
    }
}
