package org.tiaojie.casework.reply;

import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;

/**
 * The 12345 reply as a step of its own: the handling organisation writes stage replies (阶段性答复)
 * while the case goes on and one final reply (办结反馈), which stops the platform's reply clock and
 * which 办结 of a 12345 case waits for. Each reply is kept as written, with a timeline line; after
 * commit it is pushed to every platform of the district that registered a callback
 * ({@link PlatformReplyPush}), and the platform can always pull it from the work-order API.
 */
@Service
public class PlatformReplyService {

    /** The longest reply a platform takes. */
    public static final int MAX_LENGTH = Dispute.PLATFORM_REPLY_MAX;

    private final DisputeService disputes;
    private final DisputeQueryService queries;
    private final PlatformReplyRepository replies;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    PlatformReplyService(DisputeService disputes, DisputeQueryService queries, PlatformReplyRepository replies,
            ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.disputes = disputes;
        this.queries = queries;
        this.replies = replies;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Writes a reply on a case of the user's organisation; {@code version} is the one the screen showed. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long reply(long disputeId, long version, boolean last, String text) {
        String name = CurrentUser.require().displayName();
        return disputes.work(disputeId, version, (d, now, actor) -> record(d, last, text, now, actor, name));
    }

    /**
     * The reply on the aggregate, kept as written and queued for the platforms, inside the caller's
     * transaction (the demo district's history goes this way too).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(Dispute d, boolean last, String text, Instant now, String actor, String actorName) {
        d.replyToPlatform(last, text, now, actor);
        PlatformReply saved = replies.save(new PlatformReply(d.getId(), last, text.strip(), now, actor, actorName,
                d.getOrganisation() == null ? null : d.getOrganisation().getName()));
        events.publishEvent(new PlatformReplyGiven(saved.getId(), d.getId()));
        return saved.getId();
    }

    /** The replies of a case in the user's area, oldest first, with when every callback took each. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlatformReplyRow> ofDispute(long disputeId) {
        queries.find(disputeId);
        // every try of every reply of the case in one statement
        java.util.Map<Long, List<java.sql.Timestamp>> tries = new java.util.HashMap<>();
        jdbc.query("select x.reply_id, x.pushed_at from platform_reply_push x join platform_reply r on r.id = x.reply_id"
                + " where r.dispute_id = ?", rs -> {
                    tries.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getTimestamp(2));
                }, disputeId);
        return replies.findByDisputeIdOrderByRepliedAtAscIdAsc(disputeId).stream()
                .map(r -> new PlatformReplyRow(r.getId(), r.isFinal(), r.getContent(), r.getRepliedAt(),
                        r.getRepliedByName(), r.getOrganisationName(), pushedAt(tries.get(r.getId()))))
                .toList();
    }

    /** When the last platform took the reply, or null while one has not (or none has a callback). */
    private static Instant pushedAt(List<java.sql.Timestamp> tried) {
        if (tried == null || tried.contains(null)) {
            return null;
        }
        return tried.stream().map(java.sql.Timestamp::toInstant).max(Instant::compareTo).orElse(null);
    }
}
