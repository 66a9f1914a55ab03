package org.tiaojie.casework.intake;

import java.util.Map;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.party.PhoneNumber;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * Which field of an order's party a refusal is about, as its JSON path ({@code parties[0].idNumber}): a platform
 * must learn which of its values to correct, and the import shows the same path against its row.
 */
final class PartyProblemField {

    /** The party's text fields by the message key of their label (the refusals of free text name the label). */
    private static final Map<String, String> BY_LABEL = Map.of("@field.partyName", "name", "@field.address",
            "address", "@field.ethnicity", "ethnicity", "@field.legalRepresentative", "legalRepresentative",
            "@field.representativeTitle", "representativeTitle", "@field.agentName", "agentName");

    private PartyProblemField() {
    }

    /** The path of the field of party {@code index} (from 0) that {@code refusal} is about, or of the party. */
    static String of(int index, PartyDetails party, CaseworkException refusal) {
        String party0 = "parties[" + index + "]";
        String key = refusal.getKey();
        String field;
        if (party == null || key.startsWith("party.name")) {
            field = "name";
        } else if (key.startsWith("party.idNumber") || key.equals("party.gender.mismatch")
                || key.equals("party.birthDate.mismatch")) {
            field = "idNumber";
        } else if (key.startsWith("party.creditCode")) {
            field = "creditCode";
        } else if (key.equals("party.agent.authority")) {
            field = "agentAuthority";
        } else if (key.equals("party.role.required")) {
            field = "role";
        } else if (key.equals("party.phone.format")) {
            field = parses(party.phone()) ? "agentPhone" : "phone";
        } else {
            Object[] args = refusal.getArgs();
            field = args != null && args.length > 0 ? BY_LABEL.get(String.valueOf(args[0])) : null;
        }
        return field == null ? party0 : party0 + "." + field;
    }

    private static boolean parses(String phone) {
        if (phone == null || phone.isBlank()) {
            return true;
        }
        try {
            PhoneNumber.of(phone);
            return true;
        } catch (CaseworkException e) {
            return false;
        }
    }
}
