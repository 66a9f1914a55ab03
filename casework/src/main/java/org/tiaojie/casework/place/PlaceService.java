package org.tiaojie.casework.place;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.CaseworkException;

/** Reads and creates the place hierarchy: district → street → community → compound. */
@Service
public class PlaceService {

    private final DistrictRepository districts;
    private final StreetRepository streets;
    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final PropertyCompanyRepository companies;
    private final OwnersCommitteeRepository committees;

    PlaceService(DistrictRepository districts, StreetRepository streets, CommunityRepository communities,
            CompoundRepository compounds, PropertyCompanyRepository companies, OwnersCommitteeRepository committees) {
        this.districts = districts;
        this.streets = streets;
        this.communities = communities;
        this.compounds = compounds;
        this.companies = companies;
        this.committees = committees;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceOption> districtOptions() {
        return districts.findAllByOrderByCodeAsc().stream().map(d -> new PlaceOption(d.getId(), d.getName(), null)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceOption> streetOptions() {
        return streets.findAllOrdered().stream()
                .map(s -> new PlaceOption(s.getId(), s.getName(), s.getDistrict().getName())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceOption> communityOptions() {
        return communities.findAllOrdered().stream()
                .map(c -> new PlaceOption(c.getId(), c.getName(), c.getStreet().getName())).toList();
    }

    /** Looks up places by id for other services of casework (same transaction). */
    @Transactional(readOnly = true)
    public District district(long id) {
        return districts.findById(id).orElseThrow(() -> new CaseworkException("place.notFound"));
    }

    @Transactional(readOnly = true)
    public Street street(long id) {
        return streets.findById(id).orElseThrow(() -> new CaseworkException("place.notFound"));
    }

    @Transactional(readOnly = true)
    public Community community(long id) {
        return communities.findById(id).orElseThrow(() -> new CaseworkException("place.notFound"));
    }

    @Transactional(readOnly = true)
    public Compound compound(long id) {
        return compounds.findWithPlaceById(id).orElseThrow(() -> new CaseworkException("place.notFound"));
    }

    /** The compounds of these ids with their communities and streets, read in one statement; unknown ids are missing. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Compound> compounds(java.util.Collection<Long> ids) {
        java.util.Map<Long, Compound> found = new java.util.HashMap<>();
        compounds.findWithPlaceByIdIn(ids).forEach(c -> found.put(c.getId(), c));
        return found;
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return districts.count() == 0;
    }

    // --- creation, used by demo data and set-up ---

    @Transactional
    public District addDistrict(String code, String name) {
        return districts.save(new District(code, name));
    }

    @Transactional
    public Street addStreet(District district, String name) {
        return streets.save(new Street(district, name));
    }

    @Transactional
    public Community addCommunity(Street street, String name) {
        return communities.save(new Community(street, name));
    }

    @Transactional
    public PropertyCompany addPropertyCompany(String name, String creditCode, String phone) {
        return companies.save(new PropertyCompany(name, creditCode, phone));
    }

    @Transactional
    public Compound addCompound(Community community, String name, String initials, String address, int households,
            PropertyCompany company) {
        return compounds.save(new Compound(community, name, initials, address, households, company));
    }

    @Transactional
    public OwnersCommittee addCommittee(Compound compound, OwnersCommittee.Kind kind, String chair,
            java.time.LocalDate termEnd) {
        return committees.save(new OwnersCommittee(compound, kind, chair, termEnd));
    }
}
