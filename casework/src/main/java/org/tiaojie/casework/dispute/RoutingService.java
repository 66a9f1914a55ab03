package org.tiaojie.casework.dispute;

import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.StaleForms;

/** The routing thresholds: every user's registrations follow them; administrators change them. */
@Service
public class RoutingService {

    private final RoutingRuleRepository rules;

    RoutingService(RoutingRuleRepository rules) {
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    RoutingRule current() {
        return rules.findById(RoutingRule.SINGLE_ROW).orElseThrow(() -> new CaseworkException("routing.missing"));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RoutingRuleView view() {
        return current().view();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long expectedVersion, int streetPartyCount, BigDecimal streetAmount, int districtPartyCount,
            boolean onLeaderInstruction, boolean onPublicOpinion) {
        RoutingRule rule = current();
        StaleForms.requireVersion(rule.view().version(), expectedVersion);
        rule.update(streetPartyCount, streetAmount, districtPartyCount, onLeaderInstruction, onPublicOpinion);
        StaleForms.flush(rules);
    }
}
