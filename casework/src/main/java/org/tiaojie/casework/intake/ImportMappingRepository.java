package org.tiaojie.casework.intake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportMappingRepository extends JpaRepository<ImportMapping, Long> {

    Optional<ImportMapping> findByPlatform(String platform);
}
