package org.tiaojie.casework.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ListingRepository extends JpaRepository<CompoundListing, Long> {

    long countByQuarterStart(LocalDate quarterStart);

    List<CompoundListing> findByQuarterStartAndDistrictIdAndState(LocalDate quarterStart, Long districtId,
            CompoundListing.ListingState state);
}
