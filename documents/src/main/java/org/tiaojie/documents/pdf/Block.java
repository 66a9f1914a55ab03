package org.tiaojie.documents.pdf;

import java.util.List;
import java.util.function.BiConsumer;

/** The pieces a document is made of; the {@link Typesetter} lays them out on A4 pages. */
public sealed interface Block {

    /** Reports each piece of text with the field it came from. */
    void fields(BiConsumer<String, String> sink);

    enum Align { LEFT, CENTER, RIGHT }

    /** A single line (wrapped if long), aligned, optionally bold. */
    record Aligned(String field, String text, Align align, boolean bold) implements Block {
        @Override
        public void fields(BiConsumer<String, String> sink) {
            sink.accept(field, text);
        }
    }

    /** A section heading in bold. */
    record Heading(String text) implements Block {
        @Override
        public void fields(BiConsumer<String, String> sink) {
            sink.accept("标题", text);
        }
    }

    /**
     * Running text. With a label it reads “label：text” with the label in bold; without one, each
     * paragraph's first line is indented by two characters. Line feeds start new paragraphs.
     */
    record Paragraph(String field, String label, String text, boolean indent) implements Block {
        @Override
        public void fields(BiConsumer<String, String> sink) {
            if (label != null) {
                sink.accept("标签", label);
            }
            sink.accept(field, text == null ? "" : text);
        }
    }

    /** A column of a table: its heading and its share of the width. */
    record Column(String header, float weight) {
    }

    /**
     * A ruled table. Rows that do not fit move to the next page, a row taller than a page is split,
     * and the header row repeats on every page. With {@code labelled} the first, third, … columns
     * are labels (a form), set in bold on a tinted ground, and there is no header.
     */
    record Table(String field, List<Column> columns, List<List<String>> rows, boolean labelled) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        }

        @Override
        public void fields(BiConsumer<String, String> sink) {
            if (!labelled) {
                columns.forEach(c -> sink.accept(field + "表头", c.header()));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String name = labelled ? (c % 2 == 1 ? row.get(c - 1) : "标签")
                            : field + "第" + (r + 1) + "行“" + columns.get(c).header() + "”";
                    sink.accept(name, row.get(c) == null ? "" : row.get(c));
                }
            }
        }
    }

    /** Someone who signs: their role (申请人, 调解员 …) and printed name; {@code hint} says how to sign. */
    record Signatory(String role, String name, String hint) {
    }

    /** Signature blocks, two to a row, as many rows as there are signatories. */
    record Signatures(List<Signatory> signatories) implements Block {
        public Signatures {
            signatories = List.copyOf(signatories);
        }

        @Override
        public void fields(BiConsumer<String, String> sink) {
            signatories.forEach(s -> {
                sink.accept("签名栏", s.role());
                sink.accept(s.role() + "姓名", s.name());
                sink.accept("签名栏", s.hint());
            });
        }
    }

    /** The issuer's name and the date at the right, with room above for the seal. */
    record Seal(String issuer, String date) implements Block {
        @Override
        public void fields(BiConsumer<String, String> sink) {
            sink.accept("落款单位", issuer);
            sink.accept("落款日期", date);
        }
    }

    /**
     * A picture (JPEG or PNG bytes) on a page of its own under its caption, scaled to fit the
     * page and never enlarged beyond 150 dpi.
     */
    record Image(String caption, byte[] bytes) implements Block {
        @Override
        public void fields(BiConsumer<String, String> sink) {
            sink.accept("图片说明", caption);
        }
    }

    /** Vertical space in points. */
    record Gap(float points) implements Block {
        @Override
        public void fields(BiConsumer<String, String> sink) {
        }
    }
}
