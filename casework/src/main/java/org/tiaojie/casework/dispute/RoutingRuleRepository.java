package org.tiaojie.casework.dispute;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {
}
