package org.tiaojie.casework.place;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DistrictRepository extends JpaRepository<District, Long> {
    List<District> findAllByOrderByCodeAsc();
}

interface StreetRepository extends JpaRepository<Street, Long> {
    @Query("select s from Street s join fetch s.district order by s.district.code, s.name")
    List<Street> findAllOrdered();
}

interface CommunityRepository extends JpaRepository<Community, Long> {
    @Query("select c from Community c join fetch c.street s join fetch s.district order by s.name, c.name")
    List<Community> findAllOrdered();
}

interface CompoundRepository extends JpaRepository<Compound, Long> {
}

interface PropertyCompanyRepository extends JpaRepository<PropertyCompany, Long> {
}

interface OwnersCommitteeRepository extends JpaRepository<OwnersCommittee, Long> {
}
