package org.tiaojie.casework.deadline;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.ReferenceData;
import org.tiaojie.casework.shared.StaleForms;

/** The deadline policies: administrators edit them; clocks copy the best match when they start. */
@Service
public class DeadlinePolicyService {

    private final DeadlinePolicyRepository policies;
    private final ReferenceData reference;
    /** The policies as last read; every clock start consults them, so they are kept in memory. */
    private final ReferenceData.Cached<List<DeadlinePolicy>> cached;

    DeadlinePolicyService(DeadlinePolicyRepository policies, ReferenceData reference) {
        this.policies = policies;
        this.reference = reference;
        this.cached = reference.cache(() -> List.copyOf(policies.findAllOrdered()));
    }

    /** The terms for a clock: the most specific active policy for kind, channel, tier and urgency. */
    @Transactional(readOnly = true)
    public DeadlinePolicy.Terms termsFor(ClockKind kind, String channel, Tier tier, boolean urgent) {
        return cached.get().stream()
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
        reference.changed();
    }
}
