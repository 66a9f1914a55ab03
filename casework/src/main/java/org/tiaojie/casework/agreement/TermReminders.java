package org.tiaojie.casework.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.notification.NotificationService;

/**
 * Reminds the handling organisation's mediators of agreement terms that fall due within a few
 * working days (on the holiday calendar) and of terms past due with no performance recorded.
 * Each reminder is claimed by a conditional update before it is sent, so two nodes, or one node
 * running twice, remind once. Terms are read through exact index ranges (pending, not reminded,
 * deadline in the window), never by scanning agreements.
 */
@Service
public class TermReminders {

    /** What one run did. */
    public record Result(int dueSoon, int pastDue, int notifications) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TermReminders.class);
    private static final int TEXT = 30;

    private final EntityManager em;
    private final NotificationService notifications;
    private final CalendarService calendar;
    private final TransactionTemplate transactions;
    private final int daysBefore;

    TermReminders(EntityManager em, NotificationService notifications, CalendarService calendar,
            PlatformTransactionManager transactionManager,
            @Value("${tiaojie.reminders.term-working-days-before:3}") int daysBefore) {
        this.em = em;
        this.notifications = notifications;
        this.calendar = calendar;
        this.transactions = new TransactionTemplate(transactionManager);
        this.daysBefore = daysBefore;
    }

    /** Sends what is due at {@code now}, {@code batch} terms per transaction. */
    public Result remind(Instant now, int batch) {
        LocalDate today = LocalDate.ofInstant(now, DeadlineCalculator.ZONE);
        LocalDate soon = calendar.calendar().addWorkingDays(today, daysBefore);
        int dueSoon = 0;
        int pastDue = 0;
        int sent = 0;
        int[] run;
        do {
            run = transactions.execute(s -> pass(now, "dueRemindedAt", " and t.deadline >= :today and t.deadline <= :soon",
                    today, soon, "reminder.termDue", batch));
            dueSoon += run[0];
            sent += run[1];
        } while (run[2] >= batch);
        do {
            run = transactions.execute(s -> pass(now, "overdueRemindedAt", " and t.deadline < :today", today, null,
                    "reminder.termOverdue", batch));
            pastDue += run[0];
            sent += run[1];
        } while (run[2] >= batch);
        if (dueSoon + pastDue > 0) {
            LOG.info("term reminders at {}: {} due by {}, {} past due, {} notifications", now, dueSoon, soon, pastDue,
                    sent);
        }
        return new Result(dueSoon, pastDue, sent);
    }

    /** One batch: {reminded, notifications sent, terms found}. The field names are constants, never input. */
    private int[] pass(Instant now, String field, String window, LocalDate today, LocalDate soon, String key,
            int batch) {
        em.setFlushMode(FlushModeType.COMMIT); // one flush at commit, not one before every claim
        var query = em.createQuery("select t.id, t.seq, t.obligation, t.deadline, d.id, d.caseNumber, d.organisationId"
                        + " from AgreementTerm t join t.agreement a"
                        + " join org.tiaojie.casework.dispute.Dispute d on d.id = a.disputeId"
                        + " where t.performance = :pending and t." + field + " is null" + window
                        + " and d.state in :tracked order by t.deadline, t.id", Object[].class)
                .setParameter("pending", AgreementTerm.Performance.PENDING)
                .setParameter("tracked", AgreementService.TERMS_TRACKED)
                .setParameter("today", today);
        if (soon != null) {
            query.setParameter("soon", soon);
        }
        List<Object[]> terms = query.setMaxResults(batch).getResultList();
        int reminded = 0;
        int sent = 0;
        Map<Long, NotificationService.Audience> audiences = new HashMap<>();
        for (Object[] t : terms) {
            int claimed = em.createQuery("update AgreementTerm t set t." + field + " = :now where t.id = :id and t."
                    + field + " is null").setParameter("now", now).setParameter("id", t[0]).executeUpdate();
            if (claimed != 1 || t[6] == null) {
                continue;
            }
            reminded++;
            String obligation = (String) t[2];
            if (obligation.length() > TEXT) {
                obligation = obligation.substring(0, TEXT) + "…";
            }
            NotificationService.Audience audience = audiences.computeIfAbsent((Long) t[6], notifications::mediatorsOf);
            sent += notifications.notify(audience, key, List.of((String) t[5], String.valueOf(t[1]), obligation,
                    t[3].toString()), (Long) t[4], now);
        }
        return new int[] {reminded, sent, terms.size()};
    }
}
