package org.tiaojie.casework.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.PeopleNames;
import org.tiaojie.casework.audit.AuditService;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * The retention run (个人信息保护法 Art. 19, 47): every ended case whose record type's 保管期限 has passed and that is
 * under no legal hold is anonymised — its caller, parties and further calls lose what identifies them, its stored
 * documents and scans are destroyed (the rows stay with their digests, marked destroyed), the full-text index
 * follows the entities — each case in a transaction of its own, audited with its counts; the run as a whole is audited
 * with its totals and the cases it left for their hold. A case changed meanwhile is left for the next run.
 */
@Service
public class RetentionRun {

    public static final String CASE_AUDIT = "RETENTION_ANONYMISED";
    public static final String RUN_AUDIT = "RETENTION_RUN";
    static final String NOTE = "（保管期限届满，个人信息已匿名化）";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionRun.class);
    private static final int BATCH = 200;

    private final EntityManager em;
    private final TransactionTemplate transactions;
    private final AuditService audit;
    private final Clock clock;

    RetentionRun(EntityManager em, PlatformTransactionManager transactionManager, AuditService audit, Clock clock) {
        this.em = em;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.clock = clock;
    }

    /** What one run did: cases anonymised by record type, with the parties, contacts, documents and scans. */
    public record Result(Instant at, Map<RecordType, Integer> cases, int parties, int contacts, int documents,
            int attachments, int held) {

        public int total() {
            return cases.values().stream().mapToInt(Integer::intValue).sum();
        }

        String audit() {
            return "cases=" + total() + " " + cases + " parties=" + parties + " contacts=" + contacts + " documents="
                    + documents + " attachments=" + attachments + " held=" + held;
        }
    }

    /** The moment before which a record of {@code months} months' retention, ended, is due at {@code now}. */
    static Instant cut(Instant now, int months) {
        return now.atZone(CaseworkConfiguration.ZONE).minusMonths(months).toInstant();
    }

    /** Runs once for every record type with a period; the scheduler's nightly job and an administrator call it. */
    public Result run(String actor) {
        Instant now = Instant.now(clock);
        List<RetentionPeriod> periods = transactions.execute(s -> em.createQuery(
                "select p from RetentionPeriod p", RetentionPeriod.class).getResultList());
        Map<RecordType, Integer> cases = new EnumMap<>(RecordType.class);
        int[] counts = new int[4];
        int held = 0;
        for (RetentionPeriod period : periods) {
            if (period.getMonths() == null) {
                continue;
            }
            RecordType type = period.getRecordType();
            Instant cut = cut(now, period.getMonths());
            long after = 0;
            while (true) {
                List<Long> due = due(type, cut, after);
                if (due.isEmpty()) {
                    break;
                }
                for (long id : due) {
                    try {
                        int[] one = transactions.execute(s -> anonymise(id, now));
                        cases.merge(type, 1, Integer::sum);
                        for (int i = 0; i < counts.length; i++) {
                            counts[i] += one[i];
                        }
                    } catch (ConcurrencyFailureException | CaseworkException e) {
                        LOG.info("retention: dispute {} changed meanwhile or no longer due, left for the next run: {}",
                                id, e.getMessage());
                    }
                }
                after = due.getLast();
            }
            held += transactions.execute(s -> count(type, cut, "d.legalHold is not null")).intValue();
        }
        Result result = new Result(now, cases, counts[0], counts[1], counts[2], counts[3], held);
        transactions.executeWithoutResult(s -> audit.record(actor == null ? PeopleNames.SYSTEM : actor, RUN_AUDIT,
                null, result.audit()));
        LOG.info("retention run: {}", result.audit());
        return result;
    }

    /** How many ended cases of the type are due now (for the settings screen), and how many of those are held. */
    long[] dueNow(RecordType type, int months) {
        Instant cut = cut(Instant.now(clock), months);
        return new long[] {count(type, cut, "d.legalHold is null"), count(type, cut, "d.legalHold is not null")};
    }

    private List<Long> due(RecordType type, Instant cut, long after) {
        return transactions.execute(s -> {
            TypedQuery<Long> query = em.createQuery("select d.id from Dispute d where d.anonymisedAt is null"
                    + " and d.legalHold is null and d.endedAt < :cut and d.id > :after and " + type.condition()
                    + " order by d.id", Long.class);
            type.bind(query);
            return query.setParameter("cut", cut).setParameter("after", after).setMaxResults(BATCH).getResultList();
        });
    }

    private Long count(RecordType type, Instant cut, String hold) {
        TypedQuery<Long> query = em.createQuery("select count(d) from Dispute d where d.anonymisedAt is null and "
                + hold + " and d.endedAt < :cut and " + type.condition(), Long.class);
        type.bind(query);
        return query.setParameter("cut", cut).getSingleResult();
    }

    /** One case, in the caller's transaction: parties, contacts, documents, attachments. */
    private int[] anonymise(long id, Instant now) {
        Dispute d = em.find(Dispute.class, id);
        int parties = d.getParties().size();
        d.anonymise(NOTE, now);
        int contacts = em.createNativeQuery("update dispute_contact set caller_name = null, caller_phone = null,"
                + " caller_phone_key = null, content = ? where dispute_id = ?").setParameter(1, NOTE)
                .setParameter(2, id).executeUpdate();
        em.createNativeQuery("delete from case_document_data where document_id in"
                + " (select id from case_document where dispute_id = ?)").setParameter(1, id).executeUpdate();
        int documents = em.createNativeQuery("update case_document set destroyed_at = ? where dispute_id = ?"
                + " and destroyed_at is null").setParameter(1, now).setParameter(2, id).executeUpdate();
        em.createNativeQuery("delete from case_attachment_data where attachment_id in"
                + " (select id from case_attachment where dispute_id = ?)").setParameter(1, id).executeUpdate();
        int attachments = em.createNativeQuery("update case_attachment set destroyed_at = ? where dispute_id = ?"
                + " and destroyed_at is null").setParameter(1, now).setParameter(2, id).executeUpdate();
        em.flush();
        audit.record(PeopleNames.SYSTEM, CASE_AUDIT, id, "parties=" + parties + " contacts=" + contacts
                + " documents=" + documents + " attachments=" + attachments);
        return new int[] {parties, contacts, documents, attachments};
    }
}
