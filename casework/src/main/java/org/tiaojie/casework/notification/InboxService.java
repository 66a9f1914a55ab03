package org.tiaojie.casework.notification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;

/**
 * The user's own inbox (通知): a page of notices or of cases with their notices, filtered by kind, by part of a case
 * number and to the unread ones; read marks per notice, per case or all. Every query is the user's rows only,
 * counted and paged in the database (ix_notification_inbox, ix_notification_case).
 */
@Service
public class InboxService {

    private final NotificationRepository notifications;
    private final EntityManager em;
    private final Clock clock;

    InboxService(NotificationRepository notifications, EntityManager em, Clock clock) {
        this.notifications = notifications;
        this.em = em;
        this.clock = clock;
    }

    /** Which notices: of a kind (null: all), whose case number contains {@code caseNumber} (blank: any), unread only. */
    public record Filter(NotificationKind kind, String caseNumber, boolean unreadOnly) {

        public static Filter all() {
            return new Filter(null, null, false);
        }
    }

    /** One case's notices in the inbox: how many, how many unread, and the newest. */
    public record CaseGroup(Long disputeId, String caseNumber, long count, long unread, NotificationRow latest) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countUnread(CurrentUser.require().userId());
    }

    /** A page of the user's notices, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationRow> page(Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select n.id, n.message_key, n.message_args, n.dispute_id, d.case_number,"
                + " n.created_at, n.read_at from notification n left join dispute d on d.id = n.dispute_id"
                + where(filter, params) + " order by n.created_at desc, n.id desc");
        params.forEach(q::setParameter);
        List<NotificationRow> rows = new ArrayList<>();
        for (Object o : q.setFirstResult(offset).setMaxResults(Math.max(1, limit)).getResultList()) {
            rows.add(row((Object[]) o));
        }
        return rows;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long size(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select count(*) from notification n left join dispute d on d.id = n.dispute_id"
                + where(filter, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** A page of cases with notices (notices about no case are one group), the case with the newest notice first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CaseGroup> groups(Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select n.dispute_id, max(d.case_number), count(*),"
                + " sum(case when n.read_at is null then 1 else 0 end), max(n.id) from notification n"
                + " left join dispute d on d.id = n.dispute_id" + where(filter, params)
                + " group by n.dispute_id order by max(n.created_at) desc, max(n.id) desc");
        params.forEach(q::setParameter);
        List<Object[]> found = new ArrayList<>();
        for (Object o : q.setFirstResult(offset).setMaxResults(Math.max(1, limit)).getResultList()) {
            found.add((Object[]) o);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        // the newest notice of each group on the page, in one statement
        Map<Long, NotificationRow> latest = new HashMap<>();
        List<Long> ids = found.stream().map(r -> ((Number) r[4]).longValue()).toList();
        for (Object o : em.createNativeQuery("select n.id, n.message_key, n.message_args, n.dispute_id, d.case_number,"
                + " n.created_at, n.read_at from notification n left join dispute d on d.id = n.dispute_id"
                + " where n.id in (:ids)").setParameter("ids", ids).getResultList()) {
            NotificationRow row = row((Object[]) o);
            latest.put(row.id(), row);
        }
        return found.stream().map(r -> new CaseGroup(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), latest.get(((Number) r[4]).longValue())))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long groupCount(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select count(distinct coalesce(n.dispute_id, -1)) from notification n"
                + " left join dispute d on d.id = n.dispute_id" + where(filter, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Marks one of the user's own notifications read; another user's id changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        long user = CurrentUser.require().userId();
        notifications.findById(id).filter(n -> n.getRecipientId() == user).ifPresent(n -> n.markRead(Instant.now(clock)));
    }

    /** Marks read the user's notices about one case (null: those about no case); returns how many. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markCaseRead(Long disputeId) {
        return em.createQuery("update Notification n set n.readAt = :at where n.recipientId = :user and n.held = false and n.readAt is null"
                        + (disputeId == null ? " and n.disputeId is null" : " and n.disputeId = :dispute"))
                .setParameter("at", Instant.now(clock)).setParameter("user", CurrentUser.require().userId())
                .setParameter("dispute", disputeId).executeUpdate();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(CurrentUser.require().userId(), Instant.now(clock));
    }

    /** The user's rows that pass the filter; values are bound, never written into the statement. */
    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where n.recipient_id = :user and n.held = false");
        params.put("user", CurrentUser.require().userId());
        if (filter.unreadOnly()) {
            where.append(" and n.read_at is null");
        }
        if (filter.kind() != null) {
            List<String> prefixes = filter.kind().prefixes();
            where.append(" and (");
            for (int i = 0; i < prefixes.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("n.message_key like :kind").append(i);
                params.put("kind" + i, prefixes.get(i).replace("_", "\\_") + "%");
            }
            where.append(')');
        }
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            where.append(" and d.case_number like :number");
            params.put("number", "%" + filter.caseNumber().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private static NotificationRow row(Object[] r) {
        String args = (String) r[2];
        return new NotificationRow(((Number) r[0]).longValue(), (String) r[1],
                args == null ? new Object[0] : (Object[]) args.split(Notification.SEPARATOR, -1),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], instant(r[5]), r[6] != null);
    }

    static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.LocalDateTime l
                ? l.atZone(java.time.ZoneId.systemDefault()).toInstant() : (Instant) value;
    }
}
