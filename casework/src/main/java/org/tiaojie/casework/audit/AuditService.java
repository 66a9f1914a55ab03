package org.tiaojie.casework.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends audit entries in the caller's transaction: the record of a read or a change is written
 * together with it, or not at all. After commit the chain seals the new entries in the background.
 */
@Service
public class AuditService {

    public static final String REVEAL_PARTY = "REVEAL_PARTY";
    public static final String REVEAL_CALLER = "REVEAL_CALLER";
    public static final String READ_CASE = "READ_CASE";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_LOCKED = "LOGIN_LOCKED";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";
    public static final String LOGOUT = "LOGOUT";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String USER_SAVED = "USER_SAVED";
    public static final String SECOND_FACTOR_ON = "SECOND_FACTOR_ON";
    public static final String SECOND_FACTOR_OFF = "SECOND_FACTOR_OFF";
    public static final String SECOND_FACTOR_FAILED = "SECOND_FACTOR_FAILED";
    public static final String EXPORT = "EXPORT";
    /** Finished cases brought in from an earlier system (历史案件导入). */
    public static final String HISTORY_IMPORT = "HISTORY_IMPORT";
    /** A platform's import mapping changed from an import's preview. */
    public static final String IMPORT_MAPPING = "IMPORT_MAPPING";
    public static final String AUDIT_VERIFIED = "AUDIT_VERIFIED";

    private final EntityManager em;
    private final AuditChain chain;
    private final Clock clock;

    AuditService(EntityManager em, AuditChain chain, Clock clock) {
        this.em = em;
        this.chain = chain;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, String action, Long disputeId, String detail) {
        AuditEntry entry = new AuditEntry(Instant.now(clock), username, action, disputeId, detail);
        em.persist(entry);
        em.persist(new AuditPending(entry.getId()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    chain.sealSoon();
                }
            });
        }
    }

    /**
     * Records in a transaction of its own: for what must be kept although the caller's work fails
     * (a refused access, a failed login).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String username, String action, Long disputeId, String detail) {
        record(username, action, disputeId, detail);
    }
}
