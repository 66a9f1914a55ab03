package org.tiaojie.casework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiaojie.casework.CaseworkTestApplication;
import org.tiaojie.casework.demo.DemoDataGenerator;
import org.tiaojie.casework.dispute.DisputeService;

/**
 * The benchmark data generator writes disputes that the application would have written: the
 * state is where the history ends, the queue's due day is the running clock's, closed cases
 * carry their figures, and the same seed gives the same disputes whatever the number of writers.
 * (An H2 database of its own: the generated district must not meet the other tests' data.)
 */
@SpringBootTest(classes = CaseworkTestApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:citydata;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
    "tiaojie.search.index-on-start=false"})
class CityDataTest {

    @Autowired DataSource dataSource;
    @Autowired DemoDataGenerator demo;
    @Autowired DisputeService disputes;
    @Autowired Clock clock;

    @Test
    void generatedDisputesAreConsistentAndReproducible() {
        demo.generate(0);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Instant now = Instant.now(clock);
        long before = jdbc.queryForObject("select count(*) from dispute", Long.class);
        long firstId = jdbc.queryForObject("select next_val from id_sequences where seq_name = 'default'", Long.class);

        CityData.Report report = new CityData(dataSource, disputes.rules().calculator(), now, 7L)
                .generate(5_000, 5, 2, line -> { });

        assertThat(report.disputes()).isEqualTo(5_000);
        assertThat(jdbc.queryForObject("select count(*) from dispute", Long.class)).isEqualTo(before + 5_000);
        for (var e : report.rows().entrySet()) {
            assertThat(jdbc.queryForObject("select count(*) from " + e.getKey() + " where id > ?", Long.class, firstId))
                    .as(e.getKey()).isEqualTo(e.getValue());
        }
        // every dispute is where its history ends, and its history starts with the registration
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute d where d.id > ? and d.state <> (select h.to_state from dispute_history h
                  where h.dispute_id = d.id order by h.occurred_at desc, h.id desc limit 1)""", Long.class, firstId))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute d where d.id > ? and not exists (select 1 from dispute_history h
                  where h.dispute_id = d.id and h.to_state = 'REGISTERED' and h.occurred_at = d.registered_at)""",
                Long.class, firstId)).isZero();
        // the queue's due day is the running clock's last day; open and closed as the application says
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute d where d.id > ? and d.due_date is not null and not exists (select 1
                  from dispute_clock c where c.dispute_id = d.id and c.state = 'RUNNING')""", Long.class, firstId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from dispute where id > ? and queue_due <> coalesce(due_date, "
                + "date '9999-12-31')", Long.class, firstId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from dispute where id > ? and is_open <> (state in "
                + "('REGISTERED', 'ACCEPTED', 'IN_MEDIATION', 'SUSPENDED', 'AGREED', 'FAILED', 'ESCALATED', "
                + "'REFERRED_TO_COURT'))", Long.class, firstId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from dispute where id > ? and state in ('CLOSED', 'REVISITED',"
                + " 'ARCHIVED') and (closed_at is null or days_to_close is null or closure_type is null)", Long.class,
                firstId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from dispute_clock where id > ? and state = 'RUNNING' and "
                + "due_at < ? and overdue_at is null", Long.class, firstId, java.sql.Timestamp.from(now))).isZero();
        // every organisation numbers its cases under a prefix of its own, so new numbers never meet generated ones
        assertThat(jdbc.queryForList("select case_prefix from organisation where case_prefix is not null group by "
                + "case_prefix having count(*) > 1", String.class)).isEmpty();
        // a plausible spread: most old cases archived, recent ones open, a few slow ones still open
        Map<String, Long> states = stateCounts(jdbc, firstId);
        assertThat(states.get("ARCHIVED")).isGreaterThan(3_000);
        assertThat(states.keySet()).contains("REGISTERED", "IN_MEDIATION", "REJECTED", "REFERRED_TO_COURT");
        assertThat(jdbc.queryForObject("select count(*) from dispute where id > ? and is_open = true", Long.class,
                firstId)).isBetween(50L, 1_000L);
        assertThat(jdbc.queryForObject("select count(distinct district_id) from dispute where id > ?", Long.class,
                firstId)).isEqualTo(1);

        // the same seed on the same database, with one writer instead of two: the same disputes
        List<String> first = fingerprint(jdbc, firstId, Long.MAX_VALUE);
        long secondId = jdbc.queryForObject("select next_val from id_sequences where seq_name = 'default'", Long.class);
        for (String table : List.of("dispute_contact", "dispute_clock", "dispute_history", "dispute_party", "dispute",
                "compound", "organisation", "community", "street")) {
            jdbc.update("delete from " + table + " where id > ?", firstId);
        }
        new CityData(dataSource, disputes.rules().calculator(), now, 7L).generate(5_000, 5, 1, line -> { });
        assertThat(fingerprint(jdbc, secondId, Long.MAX_VALUE)).isEqualTo(first);
    }

    private static Map<String, Long> stateCounts(JdbcTemplate jdbc, long firstId) {
        Map<String, Long> result = new java.util.TreeMap<>();
        jdbc.query("select state, count(*) n from dispute where id > ? group by state", rs -> {
            result.put(rs.getString(1), rs.getLong(2));
        }, firstId);
        return result;
    }

    private static List<String> fingerprint(JdbcTemplate jdbc, long from, long to) {
        return jdbc.queryForList("""
                select concat(d.case_number, '|', d.state, '|', cast(d.registered_at as char(30)), '|', coalesce(cast(d.due_date as char(10)), '-'), '|',
                  d.description, '|', d.contact_count, '|', (select count(*) from dispute_history h where h.dispute_id = d.id))
                from dispute d where d.id > ? and d.id < ? order by d.case_number""", String.class, from, to);
    }
}
