package org.tiaojie.documents.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text that the document faces cannot show, found before rendering. Each gap names the field and
 * its characters, so the user can correct the record (or an administrator can add a face).
 */
public class MissingGlyphsException extends RuntimeException {

    /** One field and the characters in it that no face can show. */
    public record Gap(String field, List<String> characters) {

        /** The characters with their code points, such as “𠀀”（U+20000）. */
        public String describe() {
            return characters.stream()
                    .map(c -> "“" + c + "”（U+" + Integer.toHexString(c.codePointAt(0)).toUpperCase() + "）")
                    .collect(Collectors.joining("、"));
        }
    }

    private final List<Gap> gaps;

    public MissingGlyphsException(List<Gap> gaps) {
        super(gaps.stream().map(g -> g.field() + ": " + g.describe()).collect(Collectors.joining("; ")));
        this.gaps = List.copyOf(gaps);
    }

    public List<Gap> gaps() {
        return gaps;
    }
}
