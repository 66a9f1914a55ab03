package org.tiaojie.casework.shared;

/**
 * The checks every form field gets, with messages that name the field: {@code field} is the
 * message key of its label (e.g. {@code field.place}), so the refusal reads 请填写调解地点。
 */
public final class Fields {

    private Fields() {
    }

    /** A required text: stripped, not blank, at most {@code max} characters, each one a document can print. */
    public static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseworkException("field.required", "@" + field);
        }
        return limited(value.strip(), max, field);
    }

    /** An optional text: stripped, null when blank, at most {@code max} characters. */
    public static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(value.strip(), max, field);
    }

    /** A required choice or value that is not text (a date, a number, a list entry). */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new CaseworkException("field.missing", "@" + field);
        }
        return value;
    }

    /** Texts up to this length are one line (names, numbers, addresses, titles); longer ones may have lines. */
    static final int ONE_LINE = 200;

    private static String limited(String value, int max, String field) {
        if (value.length() > max) {
            throw new CaseworkException("field.tooLong", "@" + field, max);
        }
        return PrintableText.check(value, field, max > ONE_LINE);
    }
}
