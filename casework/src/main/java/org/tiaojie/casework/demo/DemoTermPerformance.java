package org.tiaojie.casework.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.agreement.AgreementService;
import org.tiaojie.casework.agreement.AgreementTerm;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * The demo's agreement terms followed up: of the terms whose deadline has passed, a mediator of the case's room
 * records two in three as performed and the third as not performed with what was done about it, through the
 * service the case file calls — so 协议履行率 and the terms' states can be seen on a fresh start.
 */
@Component
class DemoTermPerformance {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTermPerformance.class);

    private final AgreementService agreements;
    private final DemoUsers users;
    private final JdbcTemplate jdbc;

    DemoTermPerformance(AgreementService agreements, DemoUsers users, JdbcTemplate jdbc) {
        this.agreements = agreements;
        this.users = users;
        this.jdbc = jdbc;
    }

    void load() {
        LocalDate today = LocalDate.now(CaseworkConfiguration.ZONE);
        List<Map<String, Object>> due = jdbc.queryForList("""
                select t.id term, a.dispute_id dispute, (select min(u.username) from app_user u
                  join app_user_role r on r.user_id = u.id and r.role = 'MEDIATOR'
                  where u.organisation_id = d.organisation_id) mediator
                from agreement_term t join agreement a on a.id = t.agreement_id join dispute d on d.id = a.dispute_id
                where t.deadline < ? and t.performance = 'PENDING' and d.state in ('AGREED', 'CLOSED', 'REVISITED')
                order by t.id""", today);
        int recorded = 0;
        for (Map<String, Object> row : due) {
            String mediator = (String) row.get("mediator");
            if (mediator == null) {
                continue;
            }
            long term = ((Number) row.get("term")).longValue();
            long dispute = ((Number) row.get("dispute")).longValue();
            boolean performed = term % 3 != 0;
            try {
                users.as(mediator, () -> agreements.recordPerformance(term, jdbc.queryForObject(
                        "select version from dispute where id = ?", Long.class, dispute),
                        performed ? AgreementTerm.Performance.PERFORMED : AgreementTerm.Performance.NOT_PERFORMED,
                        performed ? "经回访核实已履行" : "义务人逾期未履行，已电话督促并告知可申请司法确认", null));
                recorded++;
            } catch (CaseworkException | org.springframework.security.access.AccessDeniedException e) {
                LOG.debug("demo data: term {} left pending: {}", term, e.getMessage());
            }
        }
        LOG.info("demo data: performance of {} agreement terms recorded", recorded);
    }
}
