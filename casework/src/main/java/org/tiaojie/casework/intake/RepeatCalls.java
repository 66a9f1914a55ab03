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

    /** Whether two calls, made at {@code a} and {@code b}, lie within the rule's days of each other. */
    boolean withinWindow(Instant a, Instant b) {
        return within(a, b, Duration.ofDays(cached.get().windowDays()));
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
        return mattersOf(List.of(call), at).getFirst();
    }

    /**
     * {@link #matterOf} for each of {@code calls} (an import batch), in three statements for them all: the callers'
     * open disputes and merged contacts at the calls' compounds, and the compounds' recent open disputes to compare
     * words with.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<Optional<Matter>> mattersOf(List<NewDispute> calls, Instant at) {
        List<Optional<Matter>> result = new java.util.ArrayList<>(java.util.Collections.nCopies(calls.size(),
                Optional.<Matter>empty()));
        RepeatCallSettings rule = cached.get();
        if (!rule.enabled()) {
            return result;
        }
        // each call is compared with the matters of its own time: an order the platform sent later, by when it was made
        Duration window = Duration.ofDays(rule.windowDays());
        Instant since = calls.stream().map(c -> c.platform().registeredAt(at)).min(Instant::compareTo).orElse(at)
                .minus(window);
        java.util.Set<Long> compounds = new java.util.HashSet<>();
        java.util.Map<Integer, String> keyOf = new java.util.HashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            NewDispute call = calls.get(i);
            if (call.compoundId() > 0) {
                compounds.add(call.compoundId());
                if (call.callerPhone() != null && call.categoryId() > 0) {
                    keyOf.put(i, cipher.index(call.callerPhone()));
                }
            }
        }
        if (compounds.isEmpty()) {
            return result;
        }
        // [id, registered at, words, phone key, compound, category] of the callers' open matters
        List<Object[]> callers = new java.util.ArrayList<>();
        if (!keyOf.isEmpty()) {
            java.util.Set<String> keys = new java.util.HashSet<>(keyOf.values());
            callers.addAll(em.createQuery("""
                    select d.id, d.registeredAt, d.description, d.callerPhoneKey, d.compound.id, d.category.id
                    from Dispute d where d.callerPhoneKey in :keys and d.open = true and d.compound.id in :compounds
                      and d.registeredAt >= :since""", Object[].class)
                    .setParameter("keys", keys).setParameter("compounds", compounds).setParameter("since", since)
                    .getResultList());
            callers.addAll(em.createQuery("""
                    select d.id, d.registeredAt, d.description, c.callerPhoneKey, d.compound.id, d.category.id
                    from DisputeContact c join c.dispute d where c.callerPhoneKey in :keys and c.splitTo is null
                      and d.open = true and d.compound.id in :compounds and d.registeredAt >= :since""", Object[].class)
                    .setParameter("keys", keys).setParameter("compounds", compounds).setParameter("since", since)
                    .getResultList());
        }
        List<Integer> byWords = new java.util.ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            NewDispute call = calls.get(i);
            String key = keyOf.get(i);
            String words = call.description() == null ? "" : call.description();
            // of the caller's open matters there, the one whose words are closest; among equals the newest
            Instant called = call.platform().registeredAt(at);
            Optional<Long> closest = key == null ? Optional.empty() : callers.stream()
                    .filter(r -> key.equals(r[3]) && r[4].equals(call.compoundId()) && r[5].equals(call.categoryId())
                            && within((Instant) r[1], called, window))
                    .max(java.util.Comparator.comparingDouble((Object[] r) -> TextSimilarity.dice(words, (String) r[2]))
                            .thenComparing(r -> (Instant) r[1]).thenComparing(r -> (Long) r[0]))
                    .map(r -> (Long) r[0]);
            if (closest.isPresent()) {
                result.set(i, Optional.of(new Matter(closest.get(), Why.SAME_CALLER)));
            } else if (call.compoundId() > 0 && rule.similarPercent() > 0 && !words.isBlank()) {
                byWords.add(i);
            }
        }
        if (byWords.isEmpty()) {
            return result;
        }
        // each compound's newest open disputes, as many as are compared word by word
        java.util.Map<Long, List<Object[]>> nearby = new java.util.HashMap<>();
        em.createQuery("""
                select d.id, d.description, d.compound.id, d.registeredAt from Dispute d where d.compound.id in :compounds
                  and d.open = true and d.registeredAt >= :since order by d.registeredAt desc""", Object[].class)
                .setParameter("compounds", byWords.stream().map(i -> calls.get(i).compoundId())
                        .collect(java.util.stream.Collectors.toSet()))
                .setParameter("since", since).getResultList()
                .forEach(r -> {
                    List<Object[]> of = nearby.computeIfAbsent((Long) r[2], c -> new java.util.ArrayList<>());
                    if (of.size() < TEXT_CANDIDATES) {
                        of.add(r);
                    }
                });
        double threshold = rule.similarPercent() / 100.0;
        for (int i : byWords) {
            NewDispute call = calls.get(i);
            Long best = null;
            double bestScore = 0;
            Instant called = call.platform().registeredAt(at);
            for (Object[] r : nearby.getOrDefault(call.compoundId(), List.of())) {
                if (!within((Instant) r[3], called, window)) {
                    continue;
                }
                double score = TextSimilarity.dice(call.description(), (String) r[1]);
                if (score >= threshold && score > bestScore) {
                    best = (Long) r[0];
                    bestScore = score;
                }
            }
            if (best != null) {
                result.set(i, Optional.of(new Matter(best, Why.SIMILAR_TEXT)));
            }
        }
        return result;
    }

    /** Whether a matter registered at {@code registered} lies within the rule's days of a call made at {@code called}. */
    private static boolean within(Instant registered, Instant called, Duration window) {
        return !registered.isBefore(called.minus(window)) && !registered.isAfter(called.plus(window));
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
}
