package org.tiaojie.casework.intake;

import org.springframework.data.jpa.repository.JpaRepository;

interface RepeatCallRuleRepository extends JpaRepository<RepeatCallRule, Long> {
}
