package org.tiaojie.casework.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeadlinePolicyRepository extends JpaRepository<DeadlinePolicy, Long> {

    @Query("select p from DeadlinePolicy p order by p.kind, p.channel, p.tier, p.urgentOnly")
    List<DeadlinePolicy> findAllOrdered();
}
