package org.tiaojie.casework.supervision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupervisionRepository extends JpaRepository<Supervision, Long> {

    Optional<Supervision> findByOpenKey(String openKey);

    @Query("select e from SupervisionEvent e where e.supervisionId = ?1 order by e.occurredAt, e.id")
    List<SupervisionEvent> events(long supervisionId);
}
