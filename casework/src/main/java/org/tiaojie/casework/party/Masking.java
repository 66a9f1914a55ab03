package org.tiaojie.casework.party;

/** How personal numbers are shown to viewers who do not need them (个人信息保护法). */
public final class Masking {

    private Masking() {
    }

    /** 138****1234; shorter numbers keep their last four digits. */
    public static String phone(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        if (v.length() >= 11) {
            return v.substring(0, 3) + "****" + v.substring(v.length() - 4);
        }
        return v.length() <= 4 ? "****" : "*".repeat(v.length() - 4) + v.substring(v.length() - 4);
    }

    /** 330199********123X. */
    public static String idNumber(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        return v.length() == 18 ? v.substring(0, 6) + "********" + v.substring(14) : "*".repeat(v.length());
    }
}
