package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiaojie.casework.dispute.HistoricOutcome;
import org.tiaojie.casework.history.HistoryImportService;
import org.tiaojie.casework.history.HistoryLine;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.statistics.Figure;
import org.tiaojie.casework.statistics.Kpis;
import org.tiaojie.casework.statistics.StatisticsService;

/**
 * 历史案件导入 (#28): a district adopting Tiaojie brings in the finished cases of its earlier system. They arrive closed
 * as they ended there — no clock, no notice, no supervision — and count in the dashboard of the period they were
 * registered and closed in (the figures of docs/DOMAIN.md, "Figures"); the import is audited and imports once.
 */
abstract class HistoryImportScenarios extends DemoDistrictScenarios {

    static final int CASES = 10_000;
    static final String[] OUTCOMES = {"调解成功", "调解不成功", "撤回", "法院处理", "不予受理"};

    @Autowired HistoryImportService history;
    @Autowired StatisticsService statistics;

    static String at(LocalDateTime t) {
        return t.toString().replace('T', ' ');
    }

    /** Row {@code i}: registered on a day of 2024, ended 3–40 days later, the outcomes in turn. */
    static Map<String, String> row(String run, int i, String compound) {
        Map<String, String> cells = new HashMap<>();
        LocalDateTime registered = LocalDateTime.of(2024, 1 + i % 11, 1 + i % 28, 9 + i % 8, i % 60);
        cells.put("orderNumber", "（2024）青调历字第" + run + "-" + i + "号");
        cells.put("calledAt", at(registered));
        cells.put("endedAt", at(registered.plusDays(3 + i % 38).withHour(16)));
        cells.put("outcome", OUTCOMES[i % OUTCOMES.length]);
        cells.put("outcomeNote", i % OUTCOMES.length == 0 ? "双方自愿达成协议，当场履行。" : null);
        cells.put("channel", i % 2 == 0 ? "当事人申请" : "12345热线");
        cells.put("callerName", "史某" + (i % 100));
        cells.put("callerPhone", i % 3 == 0 ? null : phone());
        cells.put("compound", compound);
        cells.put("category", i % 2 == 0 ? "SERVICE_QUALITY.REPAIR" : "PARKING");
        cells.put("description", "原系统登记的物业纠纷第 " + i + " 件：楼道渗水，已调处。");
        cells.put("otherPartyRole", "被申请人");
        cells.put("otherPartyName", "某物业服务有限公司");
        return cells;
    }

    static HistoryLine line(int line, Map<String, String> cells) {
        return HistoryLine.read(line, cells::get);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /**
     * 10,000 finished cases of 2024: every one closed or not taken up as the earlier system ended it, none with a
     * clock, notice or supervision, each with a case number of 2024; the 2024 dashboard counts them by the same
     * figures as any case (INTAKE by registration, CLOSED by closure, AGREED by closure type) and the audit log holds
     * one record per batch written.
     */
    @Test
    void tenThousandFinishedCasesRaiseNoClockNoticeOrSupervisionAndCountInTheirPeriod() {
        String run = Long.toString(System.nanoTime(), 36);
        String compound = jdbc.queryForObject("select name from compound where id = ?", String.class, freshCompound());
        login("admin");
        Kpis before = statistics.dashboard(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).kpis();
        long notices = count("select count(*) from notification");
        long supervisions = count("select count(*) from supervision");
        long audits = count("select count(*) from audit_entry where action = 'HISTORY_IMPORT'");
        List<ImportOutcome> outcomes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < CASES; from += 1000) {
            List<HistoryLine> chunk = new ArrayList<>();
            for (int i = from; i < from + 1000; i++) {
                chunk.add(line(i + 2, row(run, i, compound)));
            }
            outcomes.addAll(history.importAll(chunk, done -> { }, seen));
        }
        settled();
        assertThat(outcomes).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.CREATED);
        assertThat(outcomes).hasSize(CASES);
        String mine = "select id from dispute where legacy_number like '（2024）青调历字第" + run + "-%'";
        assertThat(count("select count(*) from dispute where legacy_number like ?", "（2024）青调历字第" + run + "-%"))
                .isEqualTo(CASES);
        assertThat(count("select count(*) from dispute_clock where dispute_id in (" + mine + ")")).isZero();
        assertThat(count("select count(*) from dispute where is_open = true and id in (" + mine + ")")).isZero();
        assertThat(count("select count(*) from dispute where case_number not like '%2024%' and id in (" + mine + ")"))
                .isZero();
        assertThat(count("select count(*) from notification")).isEqualTo(notices);
        assertThat(count("select count(*) from supervision")).isEqualTo(supervisions);
        assertThat(count("select count(*) from audit_entry where action = 'HISTORY_IMPORT'"))
                .isEqualTo(audits + CASES / 100);

        Kpis after = statistics.dashboard(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).kpis();
        long perOutcome = CASES / OUTCOMES.length;
        assertThat(after.count(Figure.INTAKE) - before.count(Figure.INTAKE)).isEqualTo(CASES);
        // closed: all but the ones not taken up (closed in 2024 or, registered late in 2024, in January 2025)
        long closedIn2024 = count("select count(*) from dispute where closed_at < ? and id in (" + mine + ")",
                java.sql.Timestamp.from(LocalDate.of(2025, 1, 1).atStartOfDay(
                        org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).toInstant()));
        assertThat(after.count(Figure.CLOSED) - before.count(Figure.CLOSED)).isEqualTo(closedIn2024);
        assertThat(closedIn2024).isBetween(CASES - perOutcome - 300, CASES - perOutcome);
        assertThat(after.count(Figure.AGREED) - before.count(Figure.AGREED)).isEqualTo(perOutcome);
        assertThat(after.count(Figure.CONCLUDED) - before.count(Figure.CONCLUDED)).isEqualTo(3 * perOutcome); // agreed, not agreed, court
        assertThat(after.count(Figure.CLOSED_ON_TIME) - before.count(Figure.CLOSED_ON_TIME)).isZero(); // no handling clock to be on time by
        assertThat(count("select count(*) from dispute where state = 'REJECTED' and id in (" + mine + ")"))
                .isEqualTo(perOutcome);

        // the timeline: registered and ended by the earlier system, brought in by the administrator
        long first = count("select min(id) from dispute where id in (" + mine + ")");
        assertThat(jdbc.queryForList("select actor from dispute_history where dispute_id = ? order by id", String.class,
                first)).containsExactly("history", "history", "admin");

        // the same file again: every row found, nothing written
        Set<String> again = new HashSet<>();
        List<HistoryLine> some = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            some.add(line(i + 2, row(run, i, compound)));
        }
        assertThat(history.importAll(some, done -> { }, again)).extracting(ImportOutcome::status)
                .containsOnly(ImportOutcome.Status.EXISTED);
        assertThat(count("select count(*) from dispute where legacy_number like ?", "（2024）青调历字第" + run + "-%"))
                .isEqualTo(CASES);
    }

    /** Every refusal names what was written and what is expected; a refused row stores nothing. */
    @Test
    void badRowsAreRefusedWithTheirReasonsAndStoreNothing() {
        String run = Long.toString(System.nanoTime(), 36);
        String compound = jdbc.queryForObject("select name from compound where id = ?", String.class, freshCompound());
        login("admin");
        long disputes = count("select count(*) from dispute");
        List<HistoryLine> lines = new ArrayList<>();
        Map<String, String> endsBefore = row(run, 1, compound);
        endsBefore.put("endedAt", "2023-12-31");
        lines.add(line(2, endsBefore));
        Map<String, String> notEnded = row(run, 2, compound);
        notEnded.put("endedAt", at(LocalDateTime.now().plusDays(3)));
        lines.add(line(3, notEnded));
        Map<String, String> outcome = row(run, 3, compound);
        outcome.put("outcome", "已处理");
        lines.add(line(4, outcome));
        Map<String, String> noNumber = row(run, 4, compound);
        noNumber.put("orderNumber", " ");
        noNumber.put("channel", "微信");
        lines.add(line(5, noNumber));
        Map<String, String> noTimes = row(run, 5, compound);
        noTimes.remove("calledAt");
        noTimes.put("endedAt", "去年");
        lines.add(line(6, noTimes));
        List<ImportOutcome> result = history.importAll(lines, done -> { }, new HashSet<>());
        assertThat(result).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.REJECTED);
        assertThat(result.get(0).problems()).extracting(p -> p.key()).containsExactly("history.endedAt.order");
        assertThat(result.get(0).problems().getFirst().message(java.util.Locale.SIMPLIFIED_CHINESE))
                .contains("2023-12-31");
        assertThat(result.get(1).problems()).extracting(p -> p.key()).containsExactly("history.endedAt.future");
        assertThat(result.get(2).problems()).extracting(p -> p.key()).containsExactly("history.outcome.unknown");
        assertThat(result.get(2).problems().getFirst().message(java.util.Locale.SIMPLIFIED_CHINESE))
                .contains("已处理", "调解成功");
        assertThat(result.get(3).problems()).extracting(p -> p.key())
                .containsExactlyInAnyOrder("field.required", "history.channel.unknown");
        assertThat(result.get(4).problems()).extracting(p -> p.key())
                .containsExactlyInAnyOrder("field.required", "history.endedAt.format");
        assertThat(count("select count(*) from dispute")).isEqualTo(disputes);
        assertThat(HistoricOutcome.named("调解成功")).contains(HistoricOutcome.AGREED);
    }

    /** Only an administrator brings history in: an operator is refused before anything is read. */
    @Test
    void onlyAnAdministratorImportsHistory() {
        login("huawu");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.check(List.of(), new HashSet<>()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
