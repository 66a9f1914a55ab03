package org.tiaojie.casework.dispute;

import java.time.LocalDate;

/**
 * A party as entered: a natural person (name, gender, 民族, birth date, ID number, phone, address) or an
 * organisation (name, unified social credit code, legal representative and their title, address), optionally with
 * an agent (委托代理人, 一般 or 特别授权), and for group disputes marked as the group's representative (代表人).
 */
public record PartyDetails(PartyRole role, boolean organisation, String name, Gender gender, String ethnicity,
        LocalDate birthDate, String idNumber, String phone, String address, String creditCode,
        String legalRepresentative, String representativeTitle, boolean representative, String agentName,
        String agentPhone, AgentAuthority agentAuthority) {

    /** 性别. */
    public enum Gender { MALE, FEMALE }

    /** 一般授权 or 特别授权 (the latter may admit, waive or settle claims). */
    public enum AgentAuthority { GENERAL, SPECIAL }

    public static PartyDetails person(PartyRole role, String name, String idNumber, String phone, String address) {
        return new PartyDetails(role, false, name, null, null, null, idNumber, phone, address, null, null, null, false,
                null, null, null);
    }

    /** The same party with an agent. */
    public PartyDetails withAgent(String agent, String agentPhoneNumber, AgentAuthority authority) {
        return new PartyDetails(role, organisation, name, gender, ethnicity, birthDate, idNumber, phone, address,
                creditCode, legalRepresentative, representativeTitle, representative, agent, agentPhoneNumber, authority);
    }

    public static PartyDetails company(PartyRole role, String name, String creditCode, String legalRepresentative,
            String phone, String address) {
        return new PartyDetails(role, true, name, null, null, null, null, phone, address, creditCode,
                legalRepresentative, null, false, null, null, null);
    }
}
