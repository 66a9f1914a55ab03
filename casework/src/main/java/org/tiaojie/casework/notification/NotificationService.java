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

    /** Who hears about an organisation's disputes: its enabled mediators, with the phones outbound messages go to. */
    public record Audience(List<Long> userIds, List<String> phones) {
    }

    /** For casework callers inside their transaction (the sweep asks once per organisation and batch). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience mediatorsOf(long organisationId) {
        List<Long> users = notifications.mediatorsOf(organisationId);
        return new Audience(users, users.isEmpty() ? List.of() : notifications.phonesOf(users));
    }

    /** These users (already chosen by the caller), with their phones. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience users(List<Long> users) {
        return new Audience(List.copyOf(users), users.isEmpty() ? List.of() : notifications.phonesOf(users));
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
        List<Long> users = notifications.clerksOf(courtId);
        return new Audience(users, users.isEmpty() ? List.of() : notifications.phonesOf(users));
    }

    /** The enabled administrators, who keep the calendar and the reference data. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience administrators() {
        List<Long> users = notifications.administrators();
        return new Audience(users, users.isEmpty() ? List.of() : notifications.phonesOf(users));
    }

    /** Who supervises a place: enabled supervisors of the district, street or community it lies in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Audience supervisorsOver(long districtId, long streetId, long communityId) {
        List<Long> users = notifications.supervisorsOver(districtId, streetId, communityId);
        return new Audience(users, users.isEmpty() ? List.of() : notifications.phonesOf(users));
    }

    /** Puts a message in each recipient's inbox and sends it outbound. Returns how many were told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notify(Audience audience, String messageKey, List<String> args, Long disputeId, Instant at) {
        for (Long recipient : audience.userIds()) {
            notifications.save(new Notification(recipient, messageKey, args, disputeId, at));
        }
        if (!audience.phones().isEmpty()) {
            String text = CaseworkMessages.render(Locale.SIMPLIFIED_CHINESE, messageKey, args.toArray());
            audience.phones().forEach(phone -> outbound.send(phone, text));
        }
        return audience.userIds().size();
    }
}
