package org.tiaojie.casework.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionEventRepository extends JpaRepository<SupervisionEvent, Long> {
}
