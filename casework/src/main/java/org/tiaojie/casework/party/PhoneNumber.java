package org.tiaojie.casework.party;

import org.tiaojie.casework.shared.CaseworkException;

/** A mainland mobile (11 digits, starting 13–19) or landline number with area code. */
public record PhoneNumber(String value) {

    public PhoneNumber {
        value = normal(value);
        if (!value.matches("1[3-9]\\d{9}") && !value.matches("0\\d{2,3}-?\\d{7,8}")) {
            throw new CaseworkException("party.phone.format");
        }
    }

    /**
     * A number as people and platforms write it, in one form: full-width digits and signs made plain, blanks dropped;
     * a mobile's separators (138-0000-0000, 138 0000 0000) and country code (+86, 0086, 86) taken off; a landline's
     * area code in brackets ((0571)87654321) written with a hyphen.
     */
    private static String normal(String text) {
        String v = text == null ? "" : org.tiaojie.casework.shared.Fields.trim(text);
        StringBuilder sb = new StringBuilder();
        v.chars().forEach(c -> sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0')
                : c == '－' || c == '—' || c == '‐' ? '-' : c == '（' ? '(' : c == '）' ? ')' : c == '＋' ? '+'
                : (char) c));
        // spaces only (ideographic ones too): a control character inside a number is no separator, it is refused
        v = sb.toString().replace(" ", "").replace("\u3000", "");
        String digits = v.replaceAll("[-().]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.matches("1[3-9]\\d{9}")) {
            return digits;
        }
        java.util.regex.Matcher bracketed = java.util.regex.Pattern.compile("\\((0\\d{2,3})\\)-?(\\d{7,8})").matcher(v);
        if (bracketed.matches()) {
            return bracketed.group(1) + "-" + bracketed.group(2);
        }
        return v;
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
