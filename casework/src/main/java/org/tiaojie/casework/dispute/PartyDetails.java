package org.tiaojie.casework.dispute;

import java.time.LocalDate;

/**
 * A party as entered: a natural person (name, gender, birth date, ID number, phone, address) or
 * an organisation (name, unified social credit code, legal representative, address), optionally
 * with an agent, and for group disputes marked as the group's representative.
 */
public record PartyDetails(PartyRole role, boolean organisation, String name, Gender gender, LocalDate birthDate,
        String idNumber, String phone, String address, String creditCode, String legalRepresentative,
        boolean representative, String agentName, String agentPhone, AgentAuthority agentAuthority) {

    /** 性别. */
    public enum Gender { MALE, FEMALE }

    /** 一般授权 or 特别授权 (the latter may admit, waive or settle claims). */
    public enum AgentAuthority { GENERAL, SPECIAL }

    public static PartyDetails person(PartyRole role, String name, String idNumber, String phone, String address) {
        return new PartyDetails(role, false, name, null, null, idNumber, phone, address, null, null, false, null, null,
                null);
    }

    public static PartyDetails company(PartyRole role, String name, String creditCode, String legalRepresentative,
            String phone, String address) {
        return new PartyDetails(role, true, name, null, null, null, phone, address, creditCode, legalRepresentative,
                false, null, null, null);
    }
}
