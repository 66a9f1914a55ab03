package org.tiaojie.documents.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document as content, before layout: its title, the organisation that issues it, and blocks in
 * reading order. Every piece of text carries the name of the field it came from, so that a
 * character the fonts lack is reported against that field before anything is drawn.
 */
public record Doc(String title, String issuer, List<Block> blocks) {

    public Doc {
        blocks = List.copyOf(blocks);
    }

    /** Field name → text, for the glyph check; repeated names are numbered. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "文书标题", title);
        for (Block block : blocks) {
            block.fields((field, text) -> put(fields, field, text));
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String field, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String key = field;
        for (int n = 2; fields.containsKey(key) && !text.equals(fields.get(key)); n++) {
            key = field + "（" + n + "）";
        }
        fields.put(key, text);
    }

    /** Builds a document block by block. */
    public static Builder builder(String title, String issuer) {
        return new Builder(title, issuer);
    }

    public static final class Builder {
        private final String title;
        private final String issuer;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title, String issuer) {
            this.title = title;
            this.issuer = issuer;
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        /** A right-aligned line under the title, such as the document number. */
        public Builder number(String field, String text) {
            return add(new Block.Aligned(field, text, Block.Align.RIGHT, false));
        }

        public Builder heading(String text) {
            return add(new Block.Heading(text));
        }

        /** An indented paragraph; line feeds in the text start new paragraphs. */
        public Builder paragraph(String field, String text) {
            return add(new Block.Paragraph(field, null, text, true));
        }

        /** “label：text”, the label in bold, lines continuing flush left. */
        public Builder labelled(String field, String label, String text) {
            return add(new Block.Paragraph(field, label, text, false));
        }

        public Builder table(Block.Table table) {
            return add(table);
        }

        public Builder gap(float points) {
            return add(new Block.Gap(points));
        }

        public Builder signatures(List<Block.Signatory> signatories) {
            return add(new Block.Signatures(signatories));
        }

        public Builder seal(String issuer, String date) {
            return add(new Block.Seal(issuer, date));
        }

        public Doc build() {
            return new Doc(title, issuer, blocks);
        }
    }
}
