package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;

/** The casework scenarios on a real MySQL-family server (MySQL 8.4 or MariaDB 10.11+), and its query plans. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector=org.tiaojie.casework.SqlCapture")
@RequiresDatabase
class CaseworkDatabaseIT extends CaseworkScenarios {

    private static final Logger LOG = LoggerFactory.getLogger(CaseworkDatabaseIT.class);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    /**
     * The mediator's queue (own organisation's open disputes, nearest deadline first, 50 a page)
     * reads an index in order: no filesort, no count. Other communities' disputes are copied in
     * first (about 11,000 rows), because on a near-empty table a full scan is the right plan.
     */
    @Test
    void theMediatorsQueueReadsAnIndexInOrder() {
        AuthenticatedUser mediator = login("shequ");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // a district's worth of other communities' disputes, so the optimizer plans as it would in production
        if (jdbc.queryForObject("select count(*) from dispute", Long.class) < 10_000) {
            for (int k = 1; k <= 60; k++) {
                jdbc.update("""
                        insert into dispute (id, case_number, channel, external_ref, category_id, compound_id, community_id,
                            street_id, district_id, description, amount, party_count, caller_name, caller_phone, flag_group,
                            flag_leader, flag_opinion, flag_urgent, supervised, tier, organisation_id, court_id, state,
                            registered_at, due_date, closed_at, version, is_open, queue_due)
                        select id + ? * 1000000, concat('X', ?, case_number), channel,
                            case when external_ref is null then null else concat('X', ?, external_ref) end, category_id,
                            compound_id, community_id, street_id, district_id, description, amount, party_count, caller_name,
                            caller_phone, flag_group, flag_leader, flag_opinion, flag_urgent, supervised, tier,
                            organisation_id, court_id, state, registered_at, due_date, closed_at, version, is_open, queue_due
                        from dispute where id < 1000000 and community_id <> ?""", k, k, k, mediator.jurisdiction().id());
            }
            jdbc.execute("analyze table dispute");
        }
        SqlCapture.STATEMENTS.clear();
        queries.page(DisputeFilter.open().ownOrganisation(), DisputeSort.DUE_DATE_ASC, 0, 50);
        assertThat(SqlCapture.STATEMENTS).noneMatch(sql -> sql.toLowerCase().contains("count("));
        String sql = SqlCapture.last("queue_due");
        long placeholders = sql.chars().filter(c -> c == '?').count();
        assertThat(placeholders).as(sql).isEqualTo(4); // area, organisation, offset, page size
        List<Map<String, Object>> plan = jdbc.queryForList("explain " + sql,
                mediator.jurisdiction().id(), mediator.organisationId(), 0, 50);
        LOG.info("queue query: {}", sql);
        plan.forEach(row -> LOG.info("plan: {}", row));
        Map<String, Object> disputeRow = plan.stream().filter(r -> String.valueOf(r.get("table")).startsWith("d"))
                .findFirst().orElseThrow();
        // MariaDB may add a rowid filter from a second index ("ix_dispute_queue|ix_dispute_community")
        assertThat(String.valueOf(disputeRow.get("key"))).matches("(ix_dispute_queue|ix_dispute_community_queue)(\\|.*)?");
        // ref on (organisation, is_open), or a range of the same index's prefix: read in order either way
        assertThat(String.valueOf(disputeRow.get("type"))).matches("ref.*|range");
        assertThat(String.valueOf(disputeRow.get("Extra"))).doesNotContain("filesort");
    }
}
