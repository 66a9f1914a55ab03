package org.tiaojie.casework.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.tiaojie.casework.dispute.PartyDetails.AgentAuthority;
import org.tiaojie.casework.dispute.PartyDetails.Gender;
import org.tiaojie.casework.party.CreditCode;
import org.tiaojie.casework.party.IdCardNumber;
import org.tiaojie.casework.party.PhoneNumber;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 当事人 of a dispute, part of the dispute aggregate. Identity numbers, credit codes and phone
 * numbers are checked by their value objects; a person's gender and birth date come from a
 * valid ID number and must agree with what was entered.
 */
@Entity
@Table(name = "dispute_party")
public class DisputeParty extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private PartyRole role;

    @Column(name = "organisation", nullable = false)
    private boolean organisation;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "id_number", length = 18)
    private String idNumber;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "legal_representative", length = 50)
    private String legalRepresentative;

    @Column(name = "representative", nullable = false)
    private boolean representative;

    @Column(name = "agent_name", length = 50)
    private String agentName;

    @Column(name = "agent_phone", length = 20)
    private String agentPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_authority", length = 10)
    private AgentAuthority agentAuthority;

    protected DisputeParty() {
    }

    DisputeParty(Dispute dispute, PartyDetails d) {
        this.dispute = dispute;
        if (d.role() == null) {
            throw new CaseworkException("party.role.required");
        }
        if (d.name() == null || d.name().isBlank()) {
            throw new CaseworkException("party.name.required");
        }
        if (d.name().strip().length() > 100) {
            throw new CaseworkException("party.name.tooLong", 100);
        }
        this.role = d.role();
        this.organisation = d.organisation();
        this.name = d.name().strip();
        this.phone = blank(d.phone()) ? null : PhoneNumber.of(d.phone()).value();
        this.address = blank(d.address()) ? null : d.address().strip();
        this.representative = d.representative();
        if (organisation) {
            this.creditCode = blank(d.creditCode()) ? null : CreditCode.of(d.creditCode()).value();
            this.legalRepresentative = blank(d.legalRepresentative()) ? null : d.legalRepresentative().strip();
        } else {
            this.gender = d.gender();
            this.birthDate = d.birthDate();
            if (!blank(d.idNumber())) {
                IdCardNumber id = IdCardNumber.of(d.idNumber());
                Gender fromId = id.male() ? Gender.MALE : Gender.FEMALE;
                if (gender != null && gender != fromId) {
                    throw new CaseworkException("party.gender.mismatch");
                }
                if (birthDate != null && !birthDate.equals(id.birthDate())) {
                    throw new CaseworkException("party.birthDate.mismatch");
                }
                this.idNumber = id.value();
                this.gender = fromId;
                this.birthDate = id.birthDate();
            }
        }
        if (!blank(d.agentName())) {
            this.agentName = d.agentName().strip();
            this.agentPhone = blank(d.agentPhone()) ? null : PhoneNumber.of(d.agentPhone()).value();
            if (d.agentAuthority() == null) {
                throw new CaseworkException("party.agent.authority");
            }
            this.agentAuthority = d.agentAuthority();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public PartyRole getRole() {
        return role;
    }

    public boolean isOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public boolean isRepresentative() {
        return representative;
    }

    public String getAgentName() {
        return agentName;
    }

    public String getAgentPhone() {
        return agentPhone;
    }

    public AgentAuthority getAgentAuthority() {
        return agentAuthority;
    }
}
