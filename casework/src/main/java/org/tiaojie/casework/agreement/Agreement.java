package org.tiaojie.casework.agreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 人民调解协议书 (or an oral agreement recorded in a session's minutes): the facts, each party's
 * responsibility, the numbered terms and the number of copies. Its terms are tracked until each
 * is performed; the agreement itself is not changed after it is concluded.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends BaseEntity {

    public enum Form { WRITTEN, ORAL }

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;

    @Column(name = "agreement_number", nullable = false, length = 70, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private Form kind;

    @Column(name = "facts", nullable = false, length = 4000, updatable = false)
    private String facts;

    @Column(name = "responsibility", length = 2000, updatable = false)
    private String responsibility;

    @Column(name = "copies", nullable = false, updatable = false)
    private int copies;

    @Column(name = "session_id", updatable = false)
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", length = 20, updatable = false)
    private Tier tier;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "concluded_at", nullable = false, updatable = false)
    private Instant concludedAt;

    @Column(name = "concluded_by", nullable = false, length = 40, updatable = false)
    private String concludedBy;

    /**
     * 生效日期 of a written agreement: the day the last party signed and the committee sealed it
     * (人民调解法 Art. 29); the 30 days to apply for judicial confirmation run from it (Art. 33).
     */
    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<AgreementTerm> terms = new ArrayList<>();

    protected Agreement() {
    }

    Agreement(long disputeId, String number, Form kind, String facts, String responsibility, int copies, Long sessionId,
            Tier tier, Long organisationId, Instant now, String actor) {
        this.disputeId = disputeId;
        this.number = number;
        this.kind = kind;
        this.facts = facts;
        this.responsibility = responsibility;
        this.copies = copies;
        this.sessionId = sessionId;
        this.tier = tier;
        this.organisationId = organisationId;
        this.concludedAt = now;
        this.concludedBy = actor;
    }

    /** Records the day the written agreement took effect: once, not before it was concluded, not in the future. */
    void takeEffect(LocalDate day, LocalDate today) {
        if (kind != Form.WRITTEN) {
            throw new CaseworkException("agreement.effective.oral");
        }
        if (effectiveOn != null) {
            throw new CaseworkException("agreement.effective.already", effectiveOn);
        }
        if (day == null) {
            throw new CaseworkException("agreement.effective.required");
        }
        LocalDate concluded = concludedAt.atZone(CaseworkConfiguration.ZONE).toLocalDate();
        if (day.isBefore(concluded) || day.isAfter(today)) {
            throw new CaseworkException("agreement.effective.range", concluded, today);
        }
        this.effectiveOn = day;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    void addTerm(AgreementTerm term) {
        terms.add(term);
    }

    public long getDisputeId() {
        return disputeId;
    }

    public String getNumber() {
        return number;
    }

    public Form getKind() {
        return kind;
    }

    public String getFacts() {
        return facts;
    }

    public String getResponsibility() {
        return responsibility;
    }

    public int getCopies() {
        return copies;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Tier getTier() {
        return tier;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public String getConcludedBy() {
        return concludedBy;
    }

    public List<AgreementTerm> getTerms() {
        return Collections.unmodifiableList(terms);
    }
}
