package org.tiaojie.casework.intake;

import java.util.Arrays;
import java.util.Locale;
import org.tiaojie.casework.shared.CaseworkMessages;

/** What is wrong with one field of a work order: the field's name as the API spells it and a message key. */
public record WorkOrderProblem(String field, String key, Object... args) {

    public String message(Locale locale) {
        return CaseworkMessages.get(locale, key, args);
    }

    @Override
    public String toString() {
        return field + ": " + message(Locale.SIMPLIFIED_CHINESE) + " " + Arrays.toString(args);
    }
}
