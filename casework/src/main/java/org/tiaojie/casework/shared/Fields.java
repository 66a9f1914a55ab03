package org.tiaojie.casework.shared;

/**
 * The checks every form field gets, with messages that name the field: {@code field} is the
 * message key of its label (e.g. {@code field.place}), so the refusal reads 请填写调解地点。
 */
public final class Fields {

    private Fields() {
    }

    /** A required text: trimmed, not blank, at most {@code max} characters, each one a document can print. */
    public static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseworkException("field.required", "@" + field);
        }
        return limited(trim(value, max > ONE_LINE), max, field);
    }

    /**
     * A text without the blanks around it that a keyboard or a spreadsheet leaves (space, ideographic space, tab),
     * nothing else: a control or formatting character at either end stays, to be refused by {@link PrintableText} as
     * it would be inside — Java's {@code strip} would drop some of them (VT, FF, CR, U+2028) silently.
     */
    public static String trim(String value) {
        return trim(value, false);
    }

    /** The same; for a text that has lines ({@code lines}), line ends around it go too. */
    public static String trim(String value, boolean lines) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && blank(value.charAt(start), lines)) {
            start++;
        }
        while (end > start && blank(value.charAt(end - 1), lines)) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean blank(char c, boolean lines) {
        return c == ' ' || c == '\u3000' || c == '\t' || lines && (c == '\n' || c == '\r');
    }

    /** An optional text: trimmed, null when blank, at most {@code max} characters. */
    public static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(trim(value, max > ONE_LINE), max, field);
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
