package org.tiaojie.casework.petition;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.PetitionReview;

/**
 * 信访 复查 and 复核 on a closed petition (信访工作条例 Art. 35 and 36): the petitioner's request within
 * 30 days of the written answer, the reviewing body's opinion within 30 days of the request, then the
 * same for 复核, whose hearing time is not counted. The handling organisation records each step on the
 * case as the reviewing body gives it; the rules live on the dispute.
 */
@Service
public class PetitionReviewService {

    private final DisputeService disputes;
    private final DisputeQueryService queries;
    private final jakarta.persistence.EntityManager em;

    PetitionReviewService(DisputeService disputes, DisputeQueryService queries, jakarta.persistence.EntityManager em) {
        this.disputes = disputes;
        this.queries = queries;
        this.em = em;
    }

    /** Where the petition stands in 复查 and 复核, for the case file. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PetitionReview stage(long disputeId) {
        queries.find(disputeId);
        return em.find(org.tiaojie.casework.dispute.Dispute.class, disputeId).petitionReview();
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void requestReview(long disputeId, long version, LocalDate requestedOn, String reason) {
        disputes.work(disputeId, version, (d, now, actor) -> {
            d.requestReview(requestedOn, reason, disputes.rules(), now, actor);
            return null;
        });
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void decideReview(long disputeId, long version, String opinion) {
        disputes.work(disputeId, version, (d, now, actor) -> {
            d.decideReview(opinion, now, actor);
            return null;
        });
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void requestRecheck(long disputeId, long version, LocalDate requestedOn, String reason) {
        disputes.work(disputeId, version, (d, now, actor) -> {
            d.requestRecheck(requestedOn, reason, disputes.rules(), now, actor);
            return null;
        });
    }

    /** 听证 of the 复核 begins ({@code starts}) or ends: its time is not counted. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void hearing(long disputeId, long version, boolean starts) {
        disputes.work(disputeId, version, (d, now, actor) -> {
            d.recheckHearing(starts, disputes.rules(), now, actor);
            return null;
        });
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void decideRecheck(long disputeId, long version, String opinion) {
        disputes.work(disputeId, version, (d, now, actor) -> {
            d.decideRecheck(opinion, now, actor);
            return null;
        });
    }
}
