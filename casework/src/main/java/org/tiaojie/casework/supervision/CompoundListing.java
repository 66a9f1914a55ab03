package org.tiaojie.casework.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 挂牌督办 of one compound for one quarter: its complaints in that quarter (12345 and petitions,
 * merged contacts included), its place in the ranking (none when it is listed only because the
 * previous quarter's listing was not delisted), and where it stands.
 */
@Entity
@Table(name = "compound_listing")
public class CompoundListing extends BaseEntity {

    /** 挂牌中, 已验收销号, 转入下季度. */
    public enum ListingState { LISTED, DELISTED, CARRIED }

    @Column(name = "quarter_start", nullable = false, updatable = false)
    private LocalDate quarterStart;

    @Column(name = "district_id", nullable = false, updatable = false)
    private Long districtId;

    @Column(name = "street_id", nullable = false, updatable = false)
    private Long streetId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "compound_id", nullable = false, updatable = false)
    private Long compoundId;

    @Column(name = "complaints", nullable = false, updatable = false)
    private int complaints;

    @Column(name = "hotline_complaints", nullable = false, updatable = false)
    private int hotlineComplaints;

    @Column(name = "petition_complaints", nullable = false, updatable = false)
    private int petitionComplaints;

    @Column(name = "ranking", updatable = false)
    private Integer ranking;

    @Column(name = "carried_over", nullable = false, updatable = false)
    private boolean carriedOver;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private ListingState state = ListingState.LISTED;

    @Column(name = "listed_at", nullable = false, updatable = false)
    private Instant listedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 40)
    private String closedBy;

    @Column(name = "closing_note", length = 500)
    private String closingNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CompoundListing() {
    }

    CompoundListing(LocalDate quarterStart, long districtId, long streetId, long communityId, long compoundId,
            int hotlineComplaints, int petitionComplaints, Integer ranking, boolean carriedOver, Instant listedAt) {
        this.quarterStart = quarterStart;
        this.districtId = districtId;
        this.streetId = streetId;
        this.communityId = communityId;
        this.compoundId = compoundId;
        this.hotlineComplaints = hotlineComplaints;
        this.petitionComplaints = petitionComplaints;
        this.complaints = hotlineComplaints + petitionComplaints;
        this.ranking = ranking;
        this.carriedOver = carriedOver;
        this.listedAt = listedAt;
    }

    /** 验收销号: the rectification was checked; the compound leaves the list. */
    void delist(String note, Instant now, String actor) {
        if (state != ListingState.LISTED) {
            throw new CaseworkException("listing.notListed");
        }
        if (note == null || note.isBlank()) {
            throw new CaseworkException("listing.note.required");
        }
        if (note.strip().length() > 500) {
            throw new CaseworkException("listing.note.tooLong", 500);
        }
        state = ListingState.DELISTED;
        closedAt = now;
        closedBy = actor;
        closingNote = note.strip();
    }

    /** Not delisted by the quarter's end: the listing goes on in the next quarter's row. */
    void carryOver(Instant now) {
        state = ListingState.CARRIED;
        closedAt = now;
    }

    public LocalDate getQuarterStart() {
        return quarterStart;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Long getStreetId() {
        return streetId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public ListingState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }
}
