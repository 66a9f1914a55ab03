package org.tiaojie.casework.organisation;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.place.Community;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.District;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.place.Street;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.ReferenceData;
import org.tiaojie.casework.shared.StaleForms;

/** Organisations: the administrator's list and form, and lookups for other casework services. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final PlaceService places;
    private final ReferenceData reference;
    /** Which organisation serves which place, for every registration and escalation (read again after a change). */
    private final ReferenceData.Cached<ServingPlaces> serving;

    private final jakarta.persistence.EntityManager em;

    OrganisationService(OrganisationRepository organisations, PlaceService places, ReferenceData reference,
            jakarta.persistence.EntityManager em) {
        this.em = em;
        this.organisations = organisations;
        this.places = places;
        this.reference = reference;
        this.serving = reference.cache(() -> new ServingPlaces(organisations.findActivePlaces()));
    }

    /** The organisation that serves a place at a tier: its id and its case-number prefix. */
    public record Serving(long id, String casePrefix) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationRow> findAllRows() {
        return organisations.findRows();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrganisationOption> options() {
        return organisations.findRows().stream().filter(OrganisationRow::active)
                .map(r -> new OrganisationOption(r.id(), r.name(), r.kind())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long save(OrganisationForm form) {
        if (form.districtId() == null) {
            throw new CaseworkException("organisation.district.required");
        }
        District district = places.district(form.districtId());
        Street street = form.streetId() == null ? null : places.street(form.streetId());
        Community community = form.communityId() == null ? null : places.community(form.communityId());
        Organisation org;
        if (form.id() == null) {
            org = new Organisation(form.name(), form.kind(), district, street, community);
            org.update(form.name(), form.kind(), district, street, community, form.address(), form.phone(), form.active());
            org.setCommittee(form.committeeName(), form.sealText(), form.casePrefix());
            organisations.save(org);
            head(org, form.headUserId());
        } else {
            org = organisations.findById(form.id()).orElseThrow(() -> new CaseworkException("organisation.notFound"));
            StaleForms.requireVersion(org.getVersion(), form.version());
            org.update(form.name(), form.kind(), district, street, community, form.address(), form.phone(), form.active());
            org.setCommittee(form.committeeName(), form.sealText(), form.casePrefix());
            head(org, form.headUserId());
            StaleForms.flush(organisations);
        }
        reference.changed();
        return org.getId();
    }

    /** Sets the head: an enabled mediator of this organisation, or nobody. */
    private void head(Organisation org, Long userId) {
        if (userId != null && mediatorsOf(org.getId()).stream().noneMatch(m -> m.id() == userId)) {
            throw new CaseworkException("organisation.head.notMediator", org.getName());
        }
        org.setHeadUserId(userId);
    }

    /** The enabled mediators of an organisation, from whom its head is chosen: id and name. */
    public record Member(long id, String name) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Member> mediators(long organisationId) {
        return mediatorsOf(organisationId);
    }

    /** The same, for casework services inside their own guarded work (the 承办人 are chosen among them). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY, readOnly = true)
    public List<Member> mediatorsOf(long organisationId) {
        // in SQL: the accounts depend on organisations, never the other way round
        List<?> rows = em.createNativeQuery("""
                select u.id, u.display_name from app_user u join app_user_role r on r.user_id = u.id
                where u.organisation_id = ?1 and u.enabled = true and r.role = 'MEDIATOR' order by u.display_name""")
                .setParameter(1, organisationId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Member(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** For casework services in a transaction: the organisation or a clear refusal. */
    @Transactional(readOnly = true)
    public Organisation require(long id) {
        return organisations.findWithPlaces(id).orElseThrow(() -> new CaseworkException("organisation.notFound"));
    }

    /**
     * The mediation organisation of a tier that serves the compound: the compound's community room,
     * its street's centre, or its district's committee.
     */
    @Transactional(readOnly = true)
    public Organisation servingCompound(Compound compound, Tier tier) {
        return organisations.getReferenceById(serving(compound, tier).id());
    }

    /** Like {@link #servingCompound}, without touching the organisation's row: its id and case-number prefix. */
    @Transactional(readOnly = true)
    public Serving serving(Compound compound, Tier tier) {
        OrganisationKind kind = switch (tier) {
            case COMMUNITY -> OrganisationKind.COMMUNITY_MEDIATION_ROOM;
            case STREET -> OrganisationKind.STREET_MEDIATION_CENTRE;
            case DISTRICT -> OrganisationKind.DISTRICT_COMMITTEE;
        };
        Community community = compound.getCommunity();
        Street street = community.getStreet();
        ServingPlaces.Place place = serving.get().serving(kind, community.getId(), street.getId(),
                street.getDistrict().getId());
        if (place == null) {
            throw new CaseworkException("routing.noOrganisation", compound.getName());
        }
        return new Serving(place.id(), place.casePrefix());
    }

    /** An organisation by id for an association (its row is read only when something needs more than the id). */
    public Organisation reference(long id) {
        return organisations.getReferenceById(id);
    }

    @Transactional
    public Organisation add(Organisation organisation) {
        reference.changed();
        return organisations.save(organisation);
    }
}
