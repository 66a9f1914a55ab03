package org.tiaojie.casework.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityListeners;
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
import org.tiaojie.casework.shared.BlindIndexed;
import org.tiaojie.casework.shared.BlindIndexing;
import org.tiaojie.casework.shared.DataCipher;
import org.tiaojie.casework.shared.EncryptedText;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Fields;
import org.tiaojie.casework.shared.PrintableText;

/**
 * 当事人 of a dispute, part of the dispute aggregate. Identity numbers, credit codes and phone
 * numbers are checked by their value objects; a person's gender and birth date come from a
 * valid ID number and must agree with what was entered.
 */
@Entity
@EntityListeners(BlindIndexing.class)
@Table(name = "dispute_party")
public class DisputeParty extends BaseEntity implements BlindIndexed {

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

    @Column(name = "ethnicity", length = 20)
    private String ethnicity;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Convert(converter = EncryptedText.class)
    @Column(name = "id_number", length = 100)
    private String idNumber;

    /** Blind index of the ID number: what a search by ID number compares. */
    @Column(name = "id_number_key", length = 32)
    private String idNumberKey;

    @Convert(converter = EncryptedText.class)
    @Column(name = "phone", length = 100)
    private String phone;

    /** Blind index of the party's phone: what a search by phone compares. */
    @Column(name = "phone_key", length = 32)
    private String phoneKey;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "legal_representative", length = 50)
    private String legalRepresentative;

    @Column(name = "representative_title", length = 30)
    private String representativeTitle;

    /** The 授权委托书 the agent acts under: an attachment of the case. */
    @Column(name = "power_of_attorney_id")
    private Long powerOfAttorneyId;

    @Column(name = "representative", nullable = false)
    private boolean representative;

    @Column(name = "agent_name", length = 50)
    private String agentName;

    @Convert(converter = EncryptedText.class)
    @Column(name = "agent_phone", length = 100)
    private String agentPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_authority", length = 10)
    private AgentAuthority agentAuthority;

    protected DisputeParty() {
    }

    /**
     * Checks a party's particulars as {@link #apply} would take them, before any case holds them (the intake form
     * collects several parties before it registers the call); refused with the same message.
     */
    public static void check(PartyDetails d) {
        new DisputeParty().apply(d);
    }

    DisputeParty(Dispute dispute, PartyDetails d) {
        this.dispute = dispute;
        apply(d);
    }

    /**
     * Takes the party's particulars after checking each: a name, numbers by their value objects, a person's gender
     * and birth date from a valid ID number (and agreeing with what was entered), an agent's authority, and only
     * text the documents can print. Nothing changes when any check fails.
     */
    final void apply(PartyDetails d) {
        if (d.role() == null) {
            throw new CaseworkException("party.role.required");
        }
        if (d.name() == null || d.name().isBlank()) {
            throw new CaseworkException("party.name.required");
        }
        if (Fields.trim(d.name()).length() > 100) {
            throw new CaseworkException("party.name.tooLong", 100);
        }
        String checkedName = PrintableText.check(Fields.trim(d.name()), "field.partyName", false);
        String checkedPhone = blank(d.phone()) ? null : PhoneNumber.of(d.phone()).value();
        String checkedAddress = Fields.optional(d.address(), 200, "field.address");
        String checkedCredit = null;
        String checkedLegal = null;
        String checkedTitle = null;
        Gender checkedGender = null;
        LocalDate checkedBirth = null;
        String checkedId = null;
        String checkedEthnicity = null;
        if (d.organisation()) {
            checkedCredit = blank(d.creditCode()) ? null : CreditCode.of(d.creditCode()).value();
            checkedLegal = Fields.optional(d.legalRepresentative(), 50, "field.legalRepresentative");
            checkedTitle = Fields.optional(d.representativeTitle(), 30, "field.representativeTitle");
        } else {
            checkedGender = d.gender();
            checkedBirth = d.birthDate();
            checkedEthnicity = Fields.optional(d.ethnicity(), 20, "field.ethnicity");
            if (!blank(d.idNumber())) {
                IdCardNumber id = IdCardNumber.of(d.idNumber());
                Gender fromId = id.male() ? Gender.MALE : Gender.FEMALE;
                if (checkedGender != null && checkedGender != fromId) {
                    throw new CaseworkException("party.gender.mismatch");
                }
                if (checkedBirth != null && !checkedBirth.equals(id.birthDate())) {
                    throw new CaseworkException("party.birthDate.mismatch");
                }
                checkedId = id.value();
                checkedGender = fromId;
                checkedBirth = id.birthDate();
            }
        }
        String checkedAgent = null;
        String checkedAgentPhone = null;
        AgentAuthority checkedAuthority = null;
        if (!blank(d.agentName())) {
            checkedAgent = Fields.optional(d.agentName(), 50, "field.agentName");
            checkedAgentPhone = blank(d.agentPhone()) ? null : PhoneNumber.of(d.agentPhone()).value();
            if (d.agentAuthority() == null) {
                throw new CaseworkException("party.agent.authority");
            }
            checkedAuthority = d.agentAuthority();
        }
        this.role = d.role();
        this.organisation = d.organisation();
        this.name = checkedName;
        this.phone = checkedPhone;
        this.address = checkedAddress;
        this.representative = d.representative();
        this.creditCode = checkedCredit;
        this.legalRepresentative = checkedLegal;
        this.representativeTitle = checkedTitle;
        this.gender = checkedGender;
        this.birthDate = checkedBirth;
        this.idNumber = checkedId;
        this.ethnicity = checkedEthnicity;
        this.agentName = checkedAgent;
        this.agentPhone = checkedAgentPhone;
        this.agentAuthority = checkedAuthority;
        if (checkedAgent == null) {
            this.powerOfAttorneyId = null;
        }
    }

    /** Files the agent's 授权委托书 (an attachment of the same case) with the party. */
    void powerOfAttorney(Long attachmentId) {
        if (attachmentId != null && agentName == null) {
            throw new CaseworkException("party.powerOfAttorney.noAgent");
        }
        this.powerOfAttorneyId = attachmentId;
    }

    /** The particulars as they stand, to start an edit from. */
    public PartyDetails details() {
        return new PartyDetails(role, organisation, name, gender, ethnicity, birthDate, idNumber, phone, address,
                creditCode, legalRepresentative, representativeTitle, representative, agentName, agentPhone,
                agentAuthority);
    }

    /** “申请人 李秀兰” — how the timeline names the party. */
    String label() {
        return switch (role) {
            case APPLICANT -> "申请人";
            case RESPONDENT -> "被申请人";
            case THIRD_PARTY -> "第三人";
        } + " " + name;
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

    /**
     * Its case's 保管期限 has passed: a person keeps only their role and a number among the parties; a company or
     * committee keeps its name and code (no personal data) but loses the people who acted for it.
     */
    void anonymise(int ordinal) {
        if (!organisation) {
            this.name = "已匿名当事人" + ordinal;
            this.gender = null;
            this.ethnicity = null;
            this.birthDate = null;
            this.idNumber = null;
            this.phone = null;
            this.address = null;
        }
        this.legalRepresentative = null;
        this.agentName = null;
        this.agentPhone = null;
        this.agentAuthority = null;
        this.powerOfAttorneyId = null;
    }

    @Override
    public void reindex(DataCipher cipher) {
        idNumberKey = cipher.index(idNumber);
        phoneKey = cipher.index(phone);
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

    public String getEthnicity() {
        return ethnicity;
    }

    public String getRepresentativeTitle() {
        return representativeTitle;
    }

    public Long getPowerOfAttorneyId() {
        return powerOfAttorneyId;
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
