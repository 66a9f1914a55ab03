package org.tiaojie.casework.account;

import org.tiaojie.casework.shared.CaseworkException;

/** Minimum strength of a password: at least 8 characters with letters and digits. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new CaseworkException("user.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > 64) {
            throw new CaseworkException("user.password.tooLong", 64);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new CaseworkException("user.password.weak");
        }
    }
}
