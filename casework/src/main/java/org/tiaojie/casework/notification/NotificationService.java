package org.tiaojie.casework.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
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

    /** For casework callers inside their transaction: tells an organisation's mediators. Returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyMediators(long organisationId, String messageKey, List<String> args, Long disputeId, Instant at) {
        List<Long> recipients = notifications.mediatorsOf(organisationId);
        for (Long recipient : recipients) {
            notifications.save(new Notification(recipient, messageKey, args, disputeId, at));
        }
        if (!recipients.isEmpty()) {
            String text = CaseworkMessages.render(Locale.SIMPLIFIED_CHINESE, messageKey, args.toArray());
            notifications.phonesOf(recipients).forEach(phone -> outbound.send(phone, text));
        }
        return recipients.size();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countUnread(CurrentUser.require().userId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationRow> inbox(int offset, int limit) {
        int size = Math.max(1, limit);
        return notifications.findInbox(CurrentUser.require().userId(), PageRequest.of(offset / size, size)).stream()
                .map(n -> new NotificationRow(n.getId(), n.getMessageKey(), n.args(), n.getDisputeId(), n.getCreatedAt(),
                        n.getReadAt() != null))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long inboxSize() {
        return notifications.countInbox(CurrentUser.require().userId());
    }

    /** Marks one of the user's own notifications read; another user's id changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        long user = CurrentUser.require().userId();
        notifications.findById(id).filter(n -> n.getRecipientId() == user).ifPresent(n -> n.markRead(Instant.now(clock)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(CurrentUser.require().userId(), Instant.now(clock));
    }
}
