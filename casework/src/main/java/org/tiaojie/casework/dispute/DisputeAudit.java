package org.tiaojie.casework.dispute;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tiaojie.casework.audit.AuditService;

/** Every change of a dispute goes into the audit log, in the transaction that makes it. */
@Component
class DisputeAudit {

    private final AuditService audit;

    DisputeAudit(AuditService audit) {
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DisputeEvent event) {
        String detail = event.toString();
        int open = detail.indexOf('[');
        audit.record(event.actor(), event.getClass().getSimpleName(), event.disputeId(),
                open < 0 ? detail : detail.substring(open));
    }
}
