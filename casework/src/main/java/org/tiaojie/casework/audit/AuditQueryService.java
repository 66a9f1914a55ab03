package org.tiaojie.casework.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/** The administrator's search through the audit log and the check of its chain. */
@Service
public class AuditQueryService {

    private final EntityManager em;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditChain chain;
    private final AuditService audit;

    AuditQueryService(EntityManager em, NamedParameterJdbcTemplate jdbc, AuditChain chain, AuditService audit) {
        this.em = em;
        this.jdbc = jdbc;
        this.chain = chain;
        this.audit = audit;
    }

    /** Newest first, paged in the database; case numbers for the page in one query. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        if (where == null) {
            return List.of();
        }
        TypedQuery<AuditRow> query = em.createQuery("select new org.tiaojie.casework.audit.AuditRow(e.id, e.at, "
                + "e.username, e.action, e.disputeId, null, e.detail) from AuditEntry e" + where
                + " order by e.at desc, e.id desc", AuditRow.class);
        params.forEach(query::setParameter);
        List<AuditRow> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        List<Long> ids = rows.stream().map(AuditRow::disputeId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return rows;
        }
        Map<Long, String> numbers = new HashMap<>();
        jdbc.query("select id, case_number from dispute where id in (:ids)", new MapSqlParameterSource("ids", ids),
                rs -> {
                    numbers.put(rs.getLong(1), rs.getString(2));
                });
        return rows.stream().map(r -> r.disputeId() == null ? r : r.withCaseNumber(numbers.get(r.disputeId())))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        if (where == null) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The actions that occur in the log, for the filter's choices. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    /** Seals what is waiting, walks the chain and records that it was checked (and the head it found). */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditVerification verify() {
        chain.seal();
        AuditVerification result = chain.verify();
        recordVerification(result);
        return result;
    }

    private void recordVerification(AuditVerification result) {
        audit.recordAlone(SecurityContextHolder.getContext().getAuthentication().getName(), AuditService.AUDIT_VERIFIED, null,
                (result.intact() ? "intact" : "broken at " + result.brokenAtSeq() + " " + result.problem()
                        + ", outside " + result.outsideChain())
                        + "; head " + result.headSeq() + " " + result.headHash());
    }

    /** The where clause over the audit entries (never null: a case number no case has simply finds nothing). */
    private String where(AuditFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.username() != null && !filter.username().isBlank()) {
            where.append(" and e.username = :username");
            params.put("username", filter.username().strip().toLowerCase());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and e.action = :action");
            params.put("action", filter.action());
        }
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            // any part of a case number ("00056", "湖畔社人调字第00056"), with ASCII brackets read as the full-width
            // ones case numbers are written with
            String part = filter.caseNumber().strip().replace('(', '（').replace(')', '）');
            where.append(" and e.disputeId in (select d.id from Dispute d where d.caseNumber like :number escape '!')");
            params.put("number", "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", filter.from().atStartOfDay(CaseworkConfiguration.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and e.at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(CaseworkConfiguration.ZONE).toInstant());
        }
        return where.toString();
    }
}
