package org.tiaojie.casework.notification;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkMessages;

/**
 * 每日汇总: a user who chooses it takes the notices that can wait ({@link NoticeUrgency}) once a day. They are stored
 * held as they come; each morning's job — or the user, at any time — releases them into the inbox together with one
 * summary notice that counts them by kind, and that summary is the only message sent outbound. Releasing locks the
 * user's held notices first, so the job and the user releasing at once count each notice in exactly one summary.
 */
@Service
public class NoticeDigest {

    public static final String SUMMARY = "digest.daily";
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(CaseworkConfiguration.ZONE);

    private final EntityManager em;
    private final NotificationRepository notifications;
    private final OutboundChannel outbound;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NoticeDigest(EntityManager em, NotificationRepository notifications, OutboundChannel outbound,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.em = em;
        this.notifications = notifications;
        this.outbound = outbound;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The user's choice and what is waiting for their next summary. */
    public record Mine(boolean daily, long held) {
    }

    /** What a morning's run released: to how many users, how many notices. */
    public record Result(int users, int notices) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Mine mine() {
        long user = CurrentUser.require().userId();
        Object daily = em.createNativeQuery("select notice_digest from app_user where id = :u").setParameter("u", user)
                .getSingleResult();
        return new Mine(Boolean.TRUE.equals(daily) || daily instanceof Number n && n.intValue() != 0, held(user));
    }

    /** Takes the notices that can wait once a day, or one by one again — which releases what was waiting. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Mine choose(boolean daily) {
        long user = CurrentUser.require().userId();
        em.createNativeQuery("update app_user set notice_digest = :on, version = version + 1 where id = :u")
                .setParameter("on", daily).setParameter("u", user).executeUpdate();
        if (!daily) {
            release(user);
        }
        return new Mine(daily, held(user));
    }

    /** Releases what waits for the user's summary now, with the summary; returns how many notices. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int releaseMine() {
        return release(CurrentUser.require().userId());
    }

    /**
     * The morning's run (the scheduler's job): every user with notices held gets their summary, each user in a
     * transaction of their own — one user's failure leaves the others' summaries sent and their own for the next run.
     */
    public Result releaseAll() {
        List<Long> users = transactions.execute(s -> em.createNativeQuery("select u.id from app_user u where exists "
                + "(select 1 from notification n where n.recipient_id = u.id and n.held = true) order by u.id")
                .getResultList().stream().map(o -> ((Number) o).longValue()).toList());
        int told = 0;
        int released = 0;
        for (long user : users) {
            Integer n = transactions.execute(s -> release(user));
            if (n != null && n > 0) {
                told++;
                released += n;
            }
        }
        return new Result(told, released);
    }

    private long held(long user) {
        return ((Number) em.createNativeQuery("select count(*) from notification where recipient_id = :u and held = true")
                .setParameter("u", user).getSingleResult()).longValue();
    }

    /** In the caller's transaction: locks the user's held notices, releases them, writes and sends the summary. */
    private int release(long user) {
        @SuppressWarnings("unchecked")
        List<Object[]> held = em.createNativeQuery("select id, message_key, dispute_id, created_at from notification"
                + " where recipient_id = :u and held = true for update").setParameter("u", user).getResultList();
        if (held.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("update notification set held = false where recipient_id = :u and held = true")
                .setParameter("u", user).executeUpdate();
        int[] byKind = new int[4]; // deadlines, agreements, supervision, other
        Set<Long> cases = new HashSet<>();
        Instant since = null;
        for (Object[] r : held) {
            byKind[switch (NotificationKind.of((String) r[1])) {
                case DEADLINE -> 0;
                case AGREEMENT -> 1;
                case SUPERVISION -> 2;
                default -> 3;
            }]++;
            if (r[2] != null) {
                cases.add(((Number) r[2]).longValue());
            }
            Instant at = InboxService.instant(r[3]);
            since = since == null || at.isBefore(since) ? at : since;
        }
        List<String> args = List.of(Integer.toString(held.size()), Integer.toString(cases.size()), SINCE.format(since),
                Integer.toString(byKind[0]), Integer.toString(byKind[1]), Integer.toString(byKind[2]),
                Integer.toString(byKind[3]));
        notifications.save(new Notification(user, SUMMARY, args, null, Instant.now(clock), false));
        List<Object[]> recipient = notifications.recipients(List.of(user));
        if (!recipient.isEmpty() && recipient.get(0)[1] != null) {
            outbound.send((String) recipient.get(0)[1],
                    CaseworkMessages.render(Locale.SIMPLIFIED_CHINESE, SUMMARY, args.toArray()));
        }
        return held.size();
    }
}
