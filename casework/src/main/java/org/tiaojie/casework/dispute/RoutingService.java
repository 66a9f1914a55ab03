package org.tiaojie.casework.dispute;

import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.ReferenceData;
import org.tiaojie.casework.shared.StaleForms;

/** The routing thresholds: every user's registrations follow them; administrators change them. */
@Service
public class RoutingService {

    private final RoutingRuleRepository rules;
    private final ReferenceData reference;
    /** What every registration applies, kept in memory (read again after a change on any node). */
    private final ReferenceData.Cached<RoutingRuleView> cached;

    RoutingService(RoutingRuleRepository rules, ReferenceData reference) {
        this.rules = rules;
        this.reference = reference;
        this.cached = reference.cache(() -> stored().view());
    }

    private RoutingRule stored() {
        return rules.findById(RoutingRule.SINGLE_ROW).orElseThrow(() -> new CaseworkException("routing.missing"));
    }

    /** The thresholds registrations apply now. */
    @Transactional(readOnly = true)
    RoutingRuleView current() {
        return cached.get();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RoutingRuleView view() {
        return stored().view(); // the form shows the row itself, with its version
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long expectedVersion, int streetPartyCount, BigDecimal streetAmount, int districtPartyCount,
            boolean onLeaderInstruction, boolean onPublicOpinion) {
        RoutingRule rule = stored();
        StaleForms.requireVersion(rule.view().version(), expectedVersion);
        rule.update(streetPartyCount, streetAmount, districtPartyCount, onLeaderInstruction, onPublicOpinion);
        StaleForms.flush(rules);
        reference.changed();
    }
}
