package org.tiaojie.casework.deadline;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.StaleForms;

/** The deadline policies: administrators edit them; clocks copy the best match when they start. */
@Service
public class DeadlinePolicyService {

    private final DeadlinePolicyRepository policies;
    /** The policies as last read; every clock start consults them, so they are kept in memory. */
    private final AtomicReference<List<DeadlinePolicy>> cached = new AtomicReference<>();

    DeadlinePolicyService(DeadlinePolicyRepository policies) {
        this.policies = policies;
    }

    /** The terms for a clock: the most specific active policy for kind, channel, tier and urgency. */
    @Transactional(readOnly = true)
    public DeadlinePolicy.Terms termsFor(ClockKind kind, String channel, Tier tier, boolean urgent) {
        List<DeadlinePolicy> all = cached.get();
        if (all == null) {
            all = List.copyOf(policies.findAllOrdered());
            cached.set(all);
        }
        return all.stream()
                .filter(p -> p.specificity(kind, channel, tier, urgent) >= 0)
                .max(Comparator.comparingInt(p -> p.specificity(kind, channel, tier, urgent)))
                .map(DeadlinePolicy::terms)
                .orElseThrow(() -> new CaseworkException("policy.missing", kind));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeadlinePolicyRow> findAll() {
        return policies.findAllOrdered().stream()
                .sorted(Comparator.comparing(DeadlinePolicy::getKind)
                        .thenComparing(p -> p.specificity(p.getKind(), p.getChannel(), p.getTier(), true)))
                .map(p -> {
            var t = p.terms();
            return new DeadlinePolicyRow(p.getId(), p.getKind(), p.getChannel(), p.getTier(), p.isUrgentOnly(),
                    t.amount(), t.unit(), t.warnBefore(), t.maxExtension(), t.maxExtensions(), t.overdueAction(),
                    p.isActive(), p.getVersion());
        }).toList();
    }

    /** Changes a policy's terms; clocks already running keep the terms they started with. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, long expectedVersion, int amount, DurationUnit unit, int warnBefore, int maxExtension,
            int maxExtensions, boolean active, OverdueAction overdueAction) {
        DeadlinePolicy p = policies.findById(id).orElseThrow(() -> new CaseworkException("policy.notFound"));
        StaleForms.requireVersion(p.getVersion(), expectedVersion);
        p.update(amount, unit, warnBefore, maxExtension, maxExtensions, active, overdueAction);
        StaleForms.flush(policies);
        StaleForms.invalidate(cached);
    }
}
