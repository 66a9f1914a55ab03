package org.tiaojie.casework.intake;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.DataCipher;
import org.tiaojie.casework.shared.ReferenceData;
import org.tiaojie.casework.shared.StaleForms;

/**
 * The repeat-call rule (docs/DOMAIN.md, "One matter, many calls"), defined here once: which open dispute a new
 * call repeats, so that it is kept there as a further contact. The API, the import and the intake screen ask it;
 * the screen shows its answer and lets the operator decide.
 */
@Service
public class RepeatCalls {

    /** How many recent open disputes of a compound are compared word by word. */
    static final int TEXT_CANDIDATES = 200;

    private final RepeatCallRuleRepository rules;
    private final ReferenceData reference;
    private final ReferenceData.Cached<RepeatCallSettings> cached;
    private final EntityManager em;
    private final DataCipher cipher;
    private final org.tiaojie.casework.dispute.ContactMerging merging;
    private final WorkOrderReceipts receipts;

    RepeatCalls(RepeatCallRuleRepository rules, ReferenceData reference, EntityManager em, DataCipher cipher,
            org.tiaojie.casework.dispute.ContactMerging merging, WorkOrderReceipts receipts) {
        this.merging = merging;
        this.receipts = receipts;
        this.rules = rules;
        this.reference = reference;
        this.em = em;
        this.cipher = cipher;
        this.cached = reference.cache(() -> stored().view());
    }

    private RepeatCallRule stored() {
        return rules.findById(RepeatCallRule.SINGLE_ROW).orElseThrow(() -> new CaseworkException("repeatCalls.missing"));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RepeatCallSettings settings() {
        return stored().view();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long expectedVersion, boolean enabled, int windowDays, int similarPercent) {
        RepeatCallRule rule = stored();
        StaleForms.requireVersion(rule.view().version(), expectedVersion);
        rule.update(enabled, windowDays, similarPercent);
        StaleForms.flush(rules);
        reference.changed();
    }

    /** Whether the rule merges calls now (the cached row every registration applies). */
    boolean on() {
        return cached.get().enabled();
    }

    /** Why a call repeats a matter. */
    public enum Why { SAME_CALLER, SIMILAR_TEXT }

    /** The open dispute a call repeats under the rule, and why. */
    public record Matter(long disputeId, Why why) {
    }

    /**
     * The open dispute {@code call} repeats, arriving at {@code at}: first one of the same caller (as caller or as a
     * merged contact) at the same compound and category within the window — the closest in words, then the newest —
     * else the one at that compound
     * whose words are most alike, at or above the rule's percentage. Empty when the rule is off or nothing matches.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Matter> matterOf(NewDispute call, Instant at) {
        RepeatCallSettings rule = cached.get();
        if (!rule.enabled() || call.compoundId() <= 0) {
            return Optional.empty();
        }
        Instant since = at.minus(Duration.ofDays(rule.windowDays()));
        if (call.callerPhone() != null && call.categoryId() > 0) {
            String key = cipher.index(call.callerPhone());
            List<Object[]> found = new java.util.ArrayList<>(sameMatter(em.createQuery("""
                    select d.id, d.registeredAt, d.description from Dispute d where d.callerPhoneKey = :key
                      and d.open = true and d.compound.id = :compound and d.category.id = :category
                      and d.registeredAt >= :since""",
                    Object[].class), key, call, since));
            found.addAll(sameMatter(em.createQuery("""
                    select d.id, d.registeredAt, d.description from DisputeContact c join c.dispute d
                    where c.callerPhoneKey = :key and c.splitTo is null and d.open = true and d.compound.id = :compound
                      and d.category.id = :category and d.registeredAt >= :since""",
                    Object[].class), key, call, since));
            // of the caller's open matters there, the one whose words are closest; among equals the newest
            String words = call.description() == null ? "" : call.description();
            Optional<Long> closest = found.stream()
                    .max(java.util.Comparator.comparingDouble((Object[] r) -> TextSimilarity.dice(words, (String) r[2]))
                            .thenComparing(r -> (Instant) r[1]).thenComparing(r -> (Long) r[0]))
                    .map(r -> (Long) r[0]);
            if (closest.isPresent()) {
                return Optional.of(new Matter(closest.get(), Why.SAME_CALLER));
            }
        }
        if (rule.similarPercent() == 0 || call.description() == null || call.description().isBlank()) {
            return Optional.empty();
        }
        List<Object[]> nearby = em.createQuery("""
                select d.id, d.description from Dispute d where d.compound.id = :compound and d.open = true
                  and d.registeredAt >= :since order by d.registeredAt desc""", Object[].class)
                .setParameter("compound", call.compoundId()).setParameter("since", since)
                .setMaxResults(TEXT_CANDIDATES).getResultList();
        double threshold = rule.similarPercent() / 100.0;
        Long best = null;
        double bestScore = 0;
        for (Object[] r : nearby) {
            double score = TextSimilarity.dice(call.description(), (String) r[1]);
            if (score >= threshold && score > bestScore) {
                best = (Long) r[0];
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Matter(best, Why.SIMILAR_TEXT));
    }

    /**
     * Undoes a 并单, by the rule or by hand: the contact becomes a case of its own (its order number, and what the
     * order was sent with, go with it) linked to the case it was merged into. Returns the new case's id.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public long split(long disputeId, long contactId) {
        return merging.split(disputeId, contactId, (made, digest) -> {
            if (digest != null) {
                receipts.keep(made, digest);
            }
        });
    }

    /** The open disputes of the caller at the call's compound and category since the window opened. */
    private static List<Object[]> sameMatter(jakarta.persistence.TypedQuery<Object[]> query, String key, NewDispute call,
            Instant since) {
        return query.setParameter("key", key).setParameter("compound", call.compoundId())
                .setParameter("category", call.categoryId()).setParameter("since", since).getResultList();
    }
}
