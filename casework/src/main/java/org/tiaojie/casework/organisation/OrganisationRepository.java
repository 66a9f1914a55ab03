package org.tiaojie.casework.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("""
            select new org.tiaojie.casework.organisation.OrganisationRow(o.id, o.name, o.kind, d.id, d.name, s.id, s.name,
                c.id, c.name, o.address, o.phone, o.active, o.version,
                o.committeeName, o.sealText, o.casePrefix, o.headUserId)
            from Organisation o join o.district d left join o.street s left join o.community c
            order by o.kind, s.name, c.name, o.name""")
    List<OrganisationRow> findRows();

    @Query("""
            select o from Organisation o join fetch o.district left join fetch o.street left join fetch o.community
            where o.id = :id""")
    Optional<Organisation> findWithPlaces(@Param("id") long id);

    /** Every active organisation with the area it is set up for, for routing kept in memory. */
    @Query("""
            select new org.tiaojie.casework.organisation.ServingPlaces$Place(o.id, o.kind, o.community.id, o.street.id,
                o.district.id, o.casePrefix)
            from Organisation o where o.active = true""")
    List<ServingPlaces.Place> findActivePlaces();
}
