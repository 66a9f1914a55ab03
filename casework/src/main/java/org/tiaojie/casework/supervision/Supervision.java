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
 * 督办 of a dispute or of a compound (docs/DOMAIN.md, Supervision): level, why, what is asked, by when,
 * which organisation answers for it and its 包保 leader. Issued → progress reports → reported done →
 * verified → delisted; a failed verification re-lists it with a new due date.
 */
@Entity
@Table(name = "supervision")
public class Supervision extends BaseEntity {

    /**
     * What is supervised: one dispute (also a caller's matter with its merged calls), a compound, or a compound's
     * complaints of one category (同一小区同类投诉), which share one supervision however many disputes they are.
     */
    public enum Subject { DISPUTE, COMPOUND, COMPLAINTS }

    @Column(name = "notice_number", nullable = false, length = 40, updatable = false)
    private String noticeNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 12, updatable = false)
    private Subject subject;

    @Column(name = "dispute_id", updatable = false)
    private Long disputeId;

    @Column(name = "compound_id", nullable = false, updatable = false)
    private Long compoundId;

    @Column(name = "listing_id")
    private Long listingId;

    @Column(name = "district_id", nullable = false, updatable = false)
    private Long districtId;

    @Column(name = "street_id", nullable = false, updatable = false)
    private Long streetId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 12)
    private SupervisionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 24, updatable = false)
    private SupervisionTrigger trigger;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "instruction", nullable = false, length = 1000)
    private String instruction;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "responsible_id", nullable = false)
    private Long responsibleId;

    @Column(name = "leader", length = 50)
    private String leader;

    @Column(name = "issuer_name", nullable = false, length = 100, updatable = false)
    private String issuerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private SupervisionState state = SupervisionState.ISSUED;

    @Column(name = "relisted", nullable = false)
    private int relisted;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 40, updatable = false)
    private String issuedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 40)
    private String closedBy;

    @Column(name = "open_key", length = 48)
    private String openKey;

    @Column(name = "category_id")
    private Long categoryId;

    /** For repeat complaints: how many complaints of the subject were counted when it was last raised or noted. */
    @Column(name = "complaints", nullable = false)
    private int complaints;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Supervision() {
    }

    /** What a new supervision says; the place columns come from its subject. */
    record Notice(SupervisionLevel level, SupervisionTrigger trigger, String reason, String instruction,
            LocalDate dueDate, long responsibleId, String leader, String issuerName) {
    }

    Supervision(String noticeNumber, Subject subject, Long disputeId, long compoundId, long districtId, long streetId,
            long communityId, Notice notice, Instant at, String actor) {
        this.noticeNumber = noticeNumber;
        this.subject = subject;
        this.disputeId = disputeId;
        this.compoundId = compoundId;
        this.districtId = districtId;
        this.streetId = streetId;
        this.communityId = communityId;
        this.level = notice.level();
        this.trigger = notice.trigger();
        this.reason = notice.reason();
        this.instruction = notice.instruction();
        this.dueDate = notice.dueDate();
        this.responsibleId = notice.responsibleId();
        this.leader = notice.leader();
        this.issuerName = notice.issuerName();
        this.issuedAt = at;
        this.issuedBy = actor;
        this.openKey = openKey(subject, subject == Subject.DISPUTE ? disputeId : compoundId);
    }

    /** The key of the subject while this supervision is open (null once closed or delisted). */
    String openKeyValue() {
        return openKey;
    }

    static String openKey(Subject subject, long id) {
        return (subject == Subject.DISPUTE ? "D" : "C") + id;
    }

    /** The key of a compound's complaints of one category. */
    static String complaintsKey(long compoundId, long categoryId) {
        return "K" + compoundId + "-" + categoryId;
    }

    /** Repeat complaints: the subject is the compound's complaints of a category, counted so far. */
    void ofComplaints(long category, int counted) {
        this.subject = Subject.COMPLAINTS;
        this.categoryId = category;
        this.openKey = complaintsKey(compoundId, category);
        this.complaints = counted;
    }

    /** Repeat complaints of a caller's matter, counted so far. */
    void counted(int counted) {
        this.complaints = Math.max(complaints, counted);
    }

    public int getComplaints() {
        return complaints;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    /** A progress report; {@code done} asks for verification (报结). */
    void report(boolean done) {
        if (state != SupervisionState.ISSUED && !(state == SupervisionState.REPORTED && !done)) {
            throw new CaseworkException("supervision.report.state", "@enum.SupervisionState." + state.name());
        }
        if (done) {
            state = SupervisionState.REPORTED;
        }
    }

    /** 验收: passed, or failed with a new due date (重新督办). */
    void verify(boolean passed, LocalDate newDue, LocalDate today) {
        if (state != SupervisionState.REPORTED && state != SupervisionState.ISSUED) {
            throw new CaseworkException("supervision.verify.state", "@enum.SupervisionState." + state.name());
        }
        if (passed) {
            state = SupervisionState.VERIFIED;
            return;
        }
        if (newDue == null) {
            throw new CaseworkException("supervision.relist.due");
        }
        if (!newDue.isAfter(today)) {
            throw new CaseworkException("supervision.due.future");
        }
        state = SupervisionState.ISSUED;
        dueDate = newDue;
        relisted++;
    }

    /** 销号 after a passed verification. */
    void delist(Instant at, String actor) {
        if (state != SupervisionState.VERIFIED) {
            throw new CaseworkException("supervision.delist.state", "@enum.SupervisionState." + state.name());
        }
        state = SupervisionState.DELISTED;
        closedAt = at;
        closedBy = actor;
        openKey = null;
    }

    /** A higher level for a supervision still open (e.g. 街道督办 raised to 区级督办). */
    void raise(SupervisionLevel to) {
        if (to.ordinal() <= level.ordinal()) {
            throw new CaseworkException("supervision.alreadyOpen", "@enum.SupervisionLevel." + level.name());
        }
        level = to;
    }

    /** Raised by a supervisor's new notice: its reason, instruction, due date and who answers for it replace the old. */
    void raise(Notice notice) {
        raise(notice.level());
        reason = notice.reason();
        instruction = notice.instruction();
        dueDate = notice.dueDate();
        responsibleId = notice.responsibleId();
        leader = notice.leader();
        if (state != SupervisionState.ISSUED) {
            state = SupervisionState.ISSUED;
        }
    }

    /** A carried-over quarterly listing: the supervision follows the new quarter's row. */
    void followListing(long listing) {
        this.listingId = listing;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public Subject getSubject() {
        return subject;
    }

    public Long getDisputeId() {
        return disputeId;
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public Long getListingId() {
        return listingId;
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

    public SupervisionLevel getLevel() {
        return level;
    }

    public SupervisionTrigger getTrigger() {
        return trigger;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public SupervisionState getState() {
        return state;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public long getVersion() {
        return version;
    }
}
