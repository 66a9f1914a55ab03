package org.tiaojie.casework.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("""
            select new org.tiaojie.casework.organisation.OrganisationRow(o.id, o.name, o.kind, d.id, d.name, s.id, s.name,
                c.id, c.name, o.address, o.phone, o.active, o.version)
            from Organisation o join o.district d left join o.street s left join o.community c
            order by o.kind, s.name, c.name, o.name""")
    List<OrganisationRow> findRows();

    @Query("""
            select o from Organisation o join fetch o.district left join fetch o.street left join fetch o.community
            where o.id = :id""")
    Optional<Organisation> findWithPlaces(@Param("id") long id);

    /** The active mediation organisation of a tier that serves a place (community, street or district). */
    @Query("""
            select o from Organisation o
            where o.kind = :kind and o.active = true
              and (o.community.id = :communityId or (o.community is null and o.street.id = :streetId)
                   or (o.community is null and o.street is null and o.district.id = :districtId))
            order by o.id""")
    List<Organisation> findServing(@Param("kind") OrganisationKind kind, @Param("communityId") long communityId,
            @Param("streetId") long streetId, @Param("districtId") long districtId);
}
