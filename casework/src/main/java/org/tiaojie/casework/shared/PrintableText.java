package org.tiaojie.casework.shared;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Text that a document will print must be text its faces can show: an emoji typed at intake would otherwise be
 * stored and later refuse every document and the 卷宗 of the case. So each free text is checked where it is entered
 * (screen, API, import) and the refusal names the field and the character, as the document would.
 *
 * <p>The documents module puts in its fonts' own coverage when it starts ({@link #use}); until then — a casework
 * service on its own, a unit test — the rule refuses what no document face holds: pictographs and other symbols
 * outside the basic plane, private-use and unassigned code points, emoji joiners and presentation selectors.
 */
public final class PrintableText {

    private static volatile Function<String, Set<String>> faces = PrintableText::outsideDocumentText;

    private PrintableText() {
    }

    /** Puts in the characters the document faces cannot show: a text in, those characters out. */
    public static void use(Function<String, Set<String>> missing) {
        faces = missing;
    }

    /** The text unchanged, or a refusal naming the field (a message key) and each character it cannot print. */
    public static String check(String text, String field) {
        return check(text, field, true);
    }

    /**
     * The same, for a text that has lines ({@code lines}) or is one line (a name, a number, an address). Control
     * characters and the invisible formatting ones — bidi overrides that display "漏水\u202e反转" reversed, zero-width
     * characters, NUL — are refused by their code point (OWASP ASVS 4 V5.1.4), and so are line breaks in a text of
     * one line.
     */
    public static String check(String text, String field, boolean lines) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Set<String> hidden = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> {
            boolean lineBreak = cp == '\n' || cp == '\r' || cp == '\t';
            int type = Character.getType(cp);
            if (lineBreak ? !lines : type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                hidden.add("U+" + String.format("%04X", cp));
            }
        });
        if (!hidden.isEmpty()) {
            throw new CaseworkException(lines ? "text.control" : "text.oneLine", "@" + field, String.join("、", hidden));
        }
        Set<String> missing = faces.apply(text);
        if (!missing.isEmpty()) {
            throw new CaseworkException("text.unprintable", "@" + field, describe(missing));
        }
        return text;
    }

    /** “😀”（U+1F600）、“…”: the way documents name a character they cannot show. */
    public static String describe(Set<String> characters) {
        return characters.stream()
                .map(c -> "“" + c + "”（U+" + Integer.toHexString(c.codePointAt(0)).toUpperCase() + "）")
                .collect(Collectors.joining("、"));
    }

    static Set<String> outsideDocumentText(String text) {
        Set<String> out = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean pictograph = cp > 0xFFFF && (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL);
            boolean joiner = cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F || cp == 0x20E3;
            if (pictograph || joiner || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || type == Character.UNASSIGNED) {
                out.add(new String(Character.toChars(cp)));
            }
        });
        return out;
    }
}
