package org.tiaojie.casework.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * How strong a password must be, as the district sets it ({@code tiaojie.password.min-length},
 * {@code tiaojie.password.min-classes}): by default at least 8 characters from at least three of
 * the four classes lower-case letters, upper-case letters, digits and other characters, as
 * 等保 2.0 level 3 asks.
 */
@Component
public class PasswordPolicy {

    public static final int MAX_LENGTH = 64;

    private final int minLength;
    private final int minClasses;

    PasswordPolicy(@Value("${tiaojie.password.min-length:8}") int minLength,
            @Value("${tiaojie.password.min-classes:3}") int minClasses) {
        if (minLength < 6 || minLength > MAX_LENGTH || minClasses < 1 || minClasses > 4) {
            throw new IllegalStateException("tiaojie.password.min-length must lie in 6.." + MAX_LENGTH
                    + " and tiaojie.password.min-classes in 1..4");
        }
        this.minLength = minLength;
        this.minClasses = minClasses;
    }

    public int minLength() {
        return minLength;
    }

    public int minClasses() {
        return minClasses;
    }

    public void check(String password) {
        if (password == null || password.length() < minLength) {
            throw new CaseworkException("user.password.tooShort", String.valueOf(minLength));
        }
        if (password.length() > MAX_LENGTH) {
            throw new CaseworkException("user.password.tooLong", String.valueOf(MAX_LENGTH));
        }
        if (password.chars().anyMatch(Character::isWhitespace)) {
            throw new CaseworkException("user.password.whitespace");
        }
        if (classes(password) < minClasses) {
            throw new CaseworkException("user.password.weak", String.valueOf(minClasses));
        }
    }

    static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
