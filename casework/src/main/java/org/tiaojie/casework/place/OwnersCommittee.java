package org.tiaojie.casework.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.tiaojie.casework.shared.BaseEntity;

/** 业委会 or 物管会 of a compound, with its current term. */
@Entity
@Table(name = "owners_committee")
public class OwnersCommittee extends BaseEntity {

    public enum Kind { OWNERS_COMMITTEE, PROPERTY_MANAGEMENT_COMMITTEE }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "compound_id", nullable = false)
    private Compound compound;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private Kind kind;

    @Column(name = "chair_name", length = 50)
    private String chairName;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OwnersCommittee() {
    }

    public OwnersCommittee(Compound compound, Kind kind, String chairName, LocalDate termEnd) {
        this.compound = compound;
        this.kind = kind;
        this.chairName = chairName;
        this.termEnd = termEnd;
    }

    public Compound getCompound() {
        return compound;
    }

    public Kind getKind() {
        return kind;
    }

    public String getChairName() {
        return chairName;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }
}
