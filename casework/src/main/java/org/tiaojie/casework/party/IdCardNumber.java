package org.tiaojie.casework.party;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd for
 * men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public record IdCardNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    public IdCardNumber {
        value = normalise(value);
        if (!value.matches("\\d{17}[0-9X]")) {
            throw new CaseworkException("party.idNumber.format");
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new CaseworkException("party.idNumber.birthDate");
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new CaseworkException("party.idNumber.checkDigit");
        }
    }

    public static IdCardNumber of(String text) {
        return new IdCardNumber(text);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** Shown where the viewer does not need the number: 110101********123X. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    private static String normalise(String text) {
        if (text == null) {
            throw new CaseworkException("party.idNumber.format");
        }
        StringBuilder sb = new StringBuilder();
        org.tiaojie.casework.shared.Fields.trim(text).codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == 'x' || c == 'ｘ' || c == 'Ｘ') {
                sb.append('X');
            } else if (c != ' ') {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    @Override
    public String toString() {
        return masked();
    }
}
