package org.tiaojie.casework.party;

import org.tiaojie.casework.shared.CaseworkException;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V),
 * the last one a check character over the first 17 with weights 3^i mod 31.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        value = value == null ? "" : org.tiaojie.casework.shared.Fields.trim(value).toUpperCase();
        if (value.length() != 18) {
            throw new CaseworkException("party.creditCode.length");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new CaseworkException("party.creditCode.character", value.charAt(i));
            }
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new CaseworkException("party.creditCode.checkDigit");
        }
    }

    public static CreditCode of(String text) {
        return new CreditCode(text);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
