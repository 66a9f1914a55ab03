package org.tiaojie.casework.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * One sending of a case to a court (移送) and what the court did with it: signed for (签收),
 * returned for correction (退回补正) with the reasons, filed with its number (立案), decided
 * (结果). A case sent again after a return is a new referral; the old one keeps its return.
 */
@Entity
@Table(name = "court_referral")
public class CourtReferral extends BaseEntity {

    /** 已移送, 已签收, 已退回补正, 已立案, 已有结果. */
    public enum ReferralState { SENT, SIGNED, RETURNED, FILED, DECIDED }

    /** （2026）青01民特123号, （2026）浙0102民初45号: year in brackets, a court code, the case type, a number, 号. */
    static final Pattern FILING_NUMBER = Pattern.compile("[（(]\\d{4}[）)]\\S{1,30}\\d{1,6}号");

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private Long disputeId;

    @Column(name = "court_id", nullable = false, updatable = false)
    private Long courtId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24, updatable = false)
    private ReferralKind kind = ReferralKind.CASE_TRANSFER;

    @Column(name = "bundle_document_id", updatable = false)
    private Long bundleDocumentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private ReferralState state = ReferralState.SENT;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 40, updatable = false)
    private String sentBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by", length = 40)
    private String signedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_by", length = 40)
    private String returnedBy;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Column(name = "filing_number", length = 60)
    private String filingNumber;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "filed_by", length = 40)
    private String filedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 24)
    private CourtOutcome outcome;

    @Column(name = "outcome_date")
    private LocalDate outcomeDate;

    @Column(name = "outcome_note", length = 500)
    private String outcomeNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CourtReferral() {
    }

    CourtReferral(ReferralKind kind, long disputeId, long courtId, Long bundleDocumentId, String note, Instant now,
            String actor) {
        this.kind = kind;
        this.disputeId = disputeId;
        this.courtId = courtId;
        this.bundleDocumentId = bundleDocumentId;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.sentAt = now;
        this.sentBy = actor;
    }

    void sign(Instant now, String actor) {
        require(ReferralState.SENT);
        state = ReferralState.SIGNED;
        signedAt = now;
        signedBy = actor;
    }

    void returnForCorrection(String reason, Instant now, String actor) {
        if (state != ReferralState.SENT && state != ReferralState.SIGNED) {
            throw new CaseworkException("referral.wrongState", state);
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseworkException("referral.returnReason.required");
        }
        state = ReferralState.RETURNED;
        returnedAt = now;
        returnedBy = actor;
        returnReason = reason.strip();
    }

    void file(String number, Instant now, String actor) {
        require(ReferralState.SIGNED);
        String n = number == null ? "" : number.strip();
        if (!FILING_NUMBER.matcher(n).matches() || n.length() > 60) {
            throw new CaseworkException("referral.filingNumber.invalid");
        }
        state = ReferralState.FILED;
        filingNumber = n;
        filedAt = now;
        filedBy = actor;
    }

    void decide(CourtOutcome result, LocalDate date, String remark, LocalDate today, Instant now, String actor) {
        require(ReferralState.FILED);
        if (result == null) {
            throw new CaseworkException("referral.outcome.required");
        }
        if (!kind.outcomes().contains(result)) {
            throw new CaseworkException("referral.outcome.notForKind", result, kind);
        }
        if (date == null || date.isAfter(today)
                || date.isBefore(LocalDate.ofInstant(sentAt, org.tiaojie.casework.shared.CaseworkConfiguration.ZONE))) {
            throw new CaseworkException("referral.outcomeDate.invalid");
        }
        state = ReferralState.DECIDED;
        outcome = result;
        outcomeDate = date;
        outcomeNote = remark == null || remark.isBlank() ? null : remark.strip();
        decidedAt = now;
        decidedBy = actor;
    }

    private void require(ReferralState expected) {
        if (state != expected) {
            throw new CaseworkException("referral.wrongState", state);
        }
    }

    public ReferralKind getKind() {
        return kind;
    }

    public Long getDisputeId() {
        return disputeId;
    }

    public Long getCourtId() {
        return courtId;
    }

    public ReferralState getState() {
        return state;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public long getVersion() {
        return version;
    }

    ReferralRow row(String caseNumber, String courtName, String organisationName, java.util.function.UnaryOperator<String> people) {
        return new ReferralRow(getId(), kind, disputeId, caseNumber, courtId, courtName, organisationName, bundleDocumentId,
                state, note, sentAt, people.apply(sentBy), signedAt, people.apply(signedBy), returnedAt, people.apply(returnedBy), returnReason, filingNumber,
                filedAt, outcome, outcomeDate, outcomeNote, decidedAt, people.apply(decidedBy), version);
    }
}
