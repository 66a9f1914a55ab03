package org.tiaojie.casework.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file's heading row read through one platform's {@link ImportMapping.Definition}: which column holds which field,
 * which headings it leaves out on purpose and which it does not know. Its rows are read into work orders with the
 * platform's values, categories and compound names turned into Tiaojie's, then by {@link WorkOrderCells} like any.
 */
public final class PlatformMapping {

    /** What a file must carry for its rows to be orders at all. */
    public static final List<String> REQUIRED = List.of("orderNumber", "callerPhone", "compound", "category",
            "description");

    private final String platform;
    private final ImportMapping.Definition definition;
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private final Map<String, ImportMapping.CompoundAlias> aliases = new HashMap<>();

    public PlatformMapping(String platform, ImportMapping.Definition definition, List<String> header) {
        this.platform = platform;
        this.definition = definition;
        Map<String, String> byHeading = new HashMap<>();
        definition.columns().forEach((h, f) -> byHeading.put(normal(h), f));
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").strip();
            if (h.isEmpty()) {
                continue;
            }
            String field = byHeading.get(normal(h));
            if (field == null) {
                unknown.add(h);
            } else if (field.isEmpty()) {
                ignored.add(h);
            } else {
                columnOf.putIfAbsent(field, i);
            }
        }
        definition.compounds().forEach(a -> aliases.put(a.name().strip(), a));
    }

    /** Headings compared as people write them: blanks, full-width brackets and case do not count. */
    private static String normal(String heading) {
        return heading.replace("\uFEFF", "").replaceAll("\\s+", "").replace('（', '(').replace('）', ')')
                .toLowerCase(java.util.Locale.ROOT);
    }

    public String platform() {
        return platform;
    }

    /** How many of the file's columns the mapping reads. */
    public int matched() {
        return columnOf.size();
    }

    /** The required fields the file lacks under this mapping. */
    public List<String> missing() {
        return missing(REQUIRED);
    }

    /** Of {@code required}, the fields the file lacks under this mapping (a history file needs others). */
    public List<String> missing(List<String> required) {
        return required.stream().filter(f -> !columnOf.containsKey(f)).toList();
    }

    /** Headings the mapping does not know: their columns are not imported, and the preview says so. */
    public List<String> unknownHeadings() {
        return List.copyOf(unknown);
    }

    /** Headings the mapping leaves out on purpose. */
    public List<String> ignoredHeadings() {
        return List.copyOf(ignored);
    }

    /** The fields the file carries under this mapping. */
    public Set<String> fields() {
        return Set.copyOf(columnOf.keySet());
    }

    /** Row {@code line} of the file, its cells in the file's column order. */
    public ImportLine read(int line, List<String> row) {
        Map<String, String> cells = cells(row);
        ImportLine read = WorkOrderCells.read(line, cells::get);
        if (platform == null) {
            return read; // Tiaojie's own template: nothing of a platform's to resolve
        }
        String compound = cell(row, "compound");
        ImportMapping.CompoundAlias alias = compound == null ? null : aliases.get(compound);
        return new ImportLine(read.line(), read.order(), read.readProblems(), new ImportLine.Sent(compound,
                cell(row, "category"), cell(row, "subCategory"), alias != null && alias.elsewhere()));
    }

    /** A field's text as the file has it, before any value map (null when absent or blank). */
    private String cell(List<String> row, String field) {
        Integer i = columnOf.get(field);
        return i == null || i >= row.size() ? null : blankToNull(row.get(i) == null ? null : row.get(i).strip());
    }

    /**
     * A row's cells by field: the columns the mapping reads, their values mapped, the platform's category pair and
     * compound name made Tiaojie's.
     */
    public Map<String, String> cells(List<String> row) {
        Map<String, String> cells = new HashMap<>();
        columnOf.forEach((field, i) -> {
            String v = i < row.size() ? row.get(i) : null;
            v = v == null ? null : v.strip();
            Map<String, String> values = definition.values().get(field);
            if (v != null && values != null && values.containsKey(v)) {
                v = values.get(v);
            }
            cells.put(field, v);
        });
        category(cells);
        ImportMapping.CompoundAlias alias = cells.get("compound") == null ? null : aliases.get(cells.get("compound"));
        if (alias != null && !alias.elsewhere()) {
            cells.put("compound", alias.compound());
            if (alias.community() != null && !alias.community().isBlank()) {
                cells.put("community", alias.community());
            }
        }
        return cells;
    }

    /**
     * The platform's 大类 and 小类 as a Tiaojie category: the pair in the table, else the 小类 alone (a
     * near-synonym), else the 大类 alone (the parent's fallback); a pair the table does not know is left as it
     * came, for Tiaojie's own names to resolve or the row to say what was sent.
     */
    private void category(Map<String, String> cells) {
        String category = blankToNull(cells.get("category"));
        String sub = blankToNull(cells.get("subCategory"));
        if (category == null && sub == null) {
            return;
        }
        String to = null;
        for (int pass = 0; pass < 3 && to == null; pass++) {
            for (ImportMapping.CategoryEntry e : definition.categories()) {
                String c = blankToNull(e.category());
                String s = blankToNull(e.subCategory());
                boolean hit = switch (pass) {
                    case 0 -> c != null && s != null && c.equals(category) && s.equals(sub);
                    case 1 -> c == null && s != null && s.equals(sub);
                    default -> c != null && s == null && c.equals(category);
                };
                if (hit) {
                    to = e.to();
                    break;
                }
            }
        }
        if (to != null) {
            cells.put("category", to);
            cells.remove("subCategory");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
