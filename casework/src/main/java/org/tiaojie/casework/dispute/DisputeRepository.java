package org.tiaojie.casework.dispute;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisputeRepository extends JpaRepository<Dispute, Long> {
}
