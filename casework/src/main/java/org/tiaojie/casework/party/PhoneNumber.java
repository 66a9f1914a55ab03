package org.tiaojie.casework.party;

import org.tiaojie.casework.shared.CaseworkException;

/** A mainland mobile (11 digits, starting 13–19) or landline number with area code. */
public record PhoneNumber(String value) {

    public PhoneNumber {
        value = value == null ? "" : org.tiaojie.casework.shared.Fields.trim(value).replace(" ", "").replace("－", "-");
        StringBuilder sb = new StringBuilder();
        value.chars().forEach(c -> sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : (char) c));
        value = sb.toString();
        if (!value.matches("1[3-9]\\d{9}") && !value.matches("0\\d{2,3}-?\\d{7,8}")) {
            throw new CaseworkException("party.phone.format");
        }
    }

    public static PhoneNumber of(String text) {
        return new PhoneNumber(text);
    }

    public boolean mobile() {
        return value.startsWith("1");
    }

    /** 138****1234; landlines keep the area code and the last four digits. */
    public String masked() {
        if (mobile()) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int keep = value.length() - 4;
        int area = value.indexOf('-') > 0 ? value.indexOf('-') + 1 : Math.min(4, keep);
        return value.substring(0, area) + "*".repeat(keep - area) + value.substring(keep);
    }

    @Override
    public String toString() {
        return masked();
    }
}
