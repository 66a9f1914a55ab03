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

    /**
     * A compound with its community and street in one statement (routing and every dispute copy
     * them). A query of its own rather than an entity graph: Hibernate keeps this one translated,
     * while a graph's query was translated to SQL again on every registration (7 % of intake's CPU).
     */
    @Query("select c from Compound c join fetch c.community m join fetch m.street where c.id = :id")
    java.util.Optional<Compound> findWithPlaceById(long id);

    /** Compounds with their communities and streets, for a batch of registrations (an import). */
    @Query("select c from Compound c join fetch c.community m join fetch m.street where c.id in :ids")
    java.util.List<Compound> findWithPlaceByIdIn(java.util.Collection<Long> ids);
}

interface PropertyCompanyRepository extends JpaRepository<PropertyCompany, Long> {
}

interface OwnersCommitteeRepository extends JpaRepository<OwnersCommittee, Long> {
}
