package org.tiaojie.casework.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.CaseworkMessages;

/** Every user's inbox, and delivery to an organisation's mediators (in the inbox and outbound). */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final OutboundChannel outbound;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, OutboundChannel outbound, Clock clock) {
        this.notifications = notifications;
        this.outbound = outbound;
        this.clock = clock;
    }

    /**
     * One who is told: the phone outbound messages go to (null: none), and whether they take the notices that can
     * wait in the day's summary ({@link NoticeUrgency}).
     */
    public record Recipient(long userId, String phone, boolean digest) {
    }

    /** Who hears of something, each with how they are reached. */
    public record Audience(List<Recipient> recipients) {

        public Audience {
            recipients = List.copyOf(recipients);
        }

        /** Told in the inbox only, at once: no phone, no summary. */
        public static Audience inboxOnly(List<Long> users) {
            return new Audience(users.stream().map(u -> new Recipient(u, null, false)).toList());
        }

        public List<Long> userIds() {
            return recipients.stream().map(Recipient::userId).toList();
        }
    }

    /** For casework callers inside their transaction (the sweep asks once per organisation and batch). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience mediatorsOf(long organisationId) {
        return users(notifications.mediatorsOf(organisationId));
    }

    /** These users (already chosen by the caller), with their phones and whether they take the day's summary. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience users(List<Long> users) {
        if (users.isEmpty()) {
            return new Audience(List.of());
        }
        java.util.Map<Long, Recipient> found = new java.util.HashMap<>();
        for (Object[] r : notifications.recipients(users)) {
            found.put((Long) r[0], new Recipient((Long) r[0], (String) r[1], (Boolean) r[2]));
        }
        // in the order asked for
        return new Audience(users.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * Who hears of a case's clocks: its 承办人 in the organisation handling it; while nobody is assigned, the head of
     * that organisation; where it has no head, every mediator there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience handlersOf(long disputeId, long organisationId) {
        List<Long> users = notifications.handlersOf(disputeId, organisationId);
        if (users.isEmpty()) {
            users = notifications.headOf(organisationId);
        }
        return users.isEmpty() ? mediatorsOf(organisationId) : users(users);
    }

    /** A court's enabled clerks, who hear of what is referred to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience clerksOf(long courtId) {
        return users(notifications.clerksOf(courtId));
    }

    /** The enabled administrators, who keep the calendar and the reference data. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience administrators() {
        return users(notifications.administrators());
    }

    /** Who supervises a place: enabled supervisors of the district, street or community it lies in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience supervisorsOver(long districtId, long streetId, long communityId) {
        return users(notifications.supervisorsOver(districtId, streetId, communityId));
    }

    /**
     * Puts a message in each recipient's inbox and sends it outbound — except, for one who takes the day's summary,
     * a message that can wait: that one is stored held, sent nowhere, and released with the next summary
     * ({@link NoticeDigest}). Returns how many were told.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notify(Audience audience, String messageKey, List<String> args, Long disputeId, Instant at) {
        boolean canWait = NoticeUrgency.canWait(messageKey);
        String text = null;
        for (Recipient recipient : audience.recipients()) {
            boolean held = canWait && recipient.digest();
            notifications.save(new Notification(recipient.userId(), messageKey, args, disputeId, at, held));
            if (!held && recipient.phone() != null) {
                if (text == null) {
                    text = CaseworkMessages.render(Locale.SIMPLIFIED_CHINESE, messageKey, args.toArray());
                }
                outbound.send(recipient.phone(), text);
            }
        }
        return audience.recipients().size();
    }
}
