package org.tiaojie.casework.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.place.Community;
import org.tiaojie.casework.place.District;
import org.tiaojie.casework.place.Street;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * A hotline centre, mediation organisation (community room, street centre, district
 * committee), supervision office or court. Its place decides the jurisdiction of its users.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {

    static final String COMMITTEE = "人民调解委员会";

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private OrganisationKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "street_id")
    private Street street;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id")
    private Community community;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** The organisation's word in case numbers, e.g. 青溪区人调字 in （2026）青溪区人调字第00012号. */
    @Column(name = "case_prefix", length = 40)
    private String casePrefix;

    /** The 人民调解委员会 this room or centre works for; null means the one its place gives ({@link #committee()}). */
    @Column(name = "committee_name", length = 100)
    private String committeeName;

    /** What the committee's seal reads; null means the committee's name. */
    @Column(name = "seal_text", length = 100)
    private String sealText;

    /** The head (负责人) of a room or centre, who assigns its cases; a user of this organisation, or none. */
    @Column(name = "head_user_id")
    private Long headUserId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, District district, Street street, Community community) {
        update(name, kind, district, street, community, null, null, true);
    }

    /** Changes the organisation after checking that its place fits its kind. */
    public final void update(String name, OrganisationKind kind, District district, Street street, Community community,
            String address, String phone, boolean active) {
        if (name == null || name.isBlank()) {
            throw new CaseworkException("organisation.name.required");
        }
        if (name.strip().length() > 100) {
            throw new CaseworkException("organisation.name.tooLong", 100);
        }
        if (kind == null) {
            throw new CaseworkException("organisation.kind.required");
        }
        if (district == null) {
            throw new CaseworkException("organisation.district.required");
        }
        if (kind.minimumArea() == OrganisationKind.AreaLevel.COMMUNITY && community == null) {
            throw new CaseworkException("organisation.community.required");
        }
        if (kind.minimumArea() == OrganisationKind.AreaLevel.STREET && street == null) {
            throw new CaseworkException("organisation.street.required");
        }
        if (community != null) {
            street = community.getStreet();
        }
        if (street != null && !street.getDistrict().equals(district)) {
            throw new CaseworkException("organisation.place.mismatch");
        }
        this.name = name.strip();
        this.kind = kind;
        this.district = district;
        this.street = street;
        this.community = community;
        this.address = address == null || address.isBlank() ? null : address.strip();
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.active = active;
    }

    /** The area this organisation's users may see. */
    public Jurisdiction jurisdiction() {
        if (kind == OrganisationKind.COURT) {
            return Jurisdiction.court(getId(), district.getId());
        }
        if (community != null && kind.minimumArea() == OrganisationKind.AreaLevel.COMMUNITY) {
            return Jurisdiction.community(community.getId(), district.getId());
        }
        if (street != null) {
            return Jurisdiction.street(street.getId(), district.getId());
        }
        return Jurisdiction.district(district.getId());
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public District getDistrict() {
        return district;
    }

    public Street getStreet() {
        return street;
    }

    public Community getCommunity() {
        return community;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getCasePrefix() {
        return casePrefix != null ? casePrefix : name + "人调字";
    }

    public void setCasePrefix(String casePrefix) {
        this.casePrefix = casePrefix == null || casePrefix.isBlank() ? null : casePrefix.strip();
    }

    /**
     * The 人民调解委员会 that issues and seals this organisation's documents (人民调解法 Art. 8, 29): the name the
     * administrator set, else the committee of its place — a community's, a street's, or the district committee
     * itself. Organisations that do not mediate have none.
     */
    public Long getHeadUserId() {
        return headUserId;
    }

    /** Sets the head; the caller has checked that the user is a mediator of this organisation. */
    public void setHeadUserId(Long headUserId) {
        this.headUserId = headUserId;
    }

    public String committee() {
        if (committeeName != null) {
            return committeeName;
        }
        if (kind == null || !kind.mediates()) {
            return null;
        }
        return switch (kind) {
            case COMMUNITY_MEDIATION_ROOM -> community.getStreet().getName() + community.getName() + COMMITTEE;
            case STREET_MEDIATION_CENTRE -> district.getName() + street.getName() + COMMITTEE;
            default -> name.contains(COMMITTEE) ? name : district.getName() + COMMITTEE;
        };
    }

    /** What the committee's seal reads. */
    public String seal() {
        return sealText != null ? sealText : committee();
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public String getSealText() {
        return sealText;
    }

    /**
     * Sets the committee, its seal and the 人调字 word of case numbers; blank leaves each to its default. A
     * committee's name and seal name a 人民调解委员会.
     */
    public void setCommittee(String committeeName, String sealText, String casePrefix) {
        this.committeeName = committeeText(committeeName, "organisation.committee.invalid");
        this.sealText = committeeText(sealText, "organisation.seal.invalid");
        if (casePrefix != null && !casePrefix.isBlank() && casePrefix.strip().length() > 40) {
            throw new CaseworkException("organisation.casePrefix.tooLong", 40);
        }
        setCasePrefix(casePrefix);
    }

    private static String committeeText(String text, String refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() > 100 || !s.endsWith(COMMITTEE)) {
            throw new CaseworkException(refusal);
        }
        return s;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
