package org.tiaojie.web.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.PlatformMapping;

/**
 * An import file — work orders, or finished cases of an earlier system — read in chunks, as often as needed (the check, the import, the error report), never held whole:
 * its heading row decides once how it is read — Tiaojie's template or a platform's saved mapping — and each pass
 * reads its rows from the file again. A file with more rows than allowed, or none, is refused by the first pass,
 * before anything is imported.
 */
public final class ImportSource<L> {

    /** Rows of the file, read together: the rows as read ({@code L}) and their cells as the file had them. */
    public record Chunk<L>(List<L> lines, List<List<String>> cells) {
    }

    /** Reads row {@code line} of the file (numbered from 1, the heading row included) from its cells. */
    public interface RowReader<L> {
        L read(int line, List<String> cells);
    }

    private final SheetRows.Input input;
    private final WorkOrderFile.Reading reading;
    private final RowReader<L> rows;
    private final int maxRows;

    private ImportSource(SheetRows.Input input, WorkOrderFile.Reading reading, RowReader<L> rows, int maxRows) {
        this.input = input;
        this.reading = reading;
        this.rows = rows;
        this.maxRows = maxRows;
    }

    /** Opens a file of work orders on disk: reads its heading row and decides how its rows are read. */
    public static ImportSource<ImportLine> open(Path file, Function<List<String>, List<PlatformMapping>> mappings,
            int maxRows) {
        return open(SheetRows.Input.of(file), mappings, maxRows);
    }

    static ImportSource<ImportLine> open(SheetRows.Input input, Function<List<String>, List<PlatformMapping>> mappings,
            int maxRows) {
        return open(input, header -> WorkOrderFile.reading(header, mappings), reading -> reading.mapping()::read,
                maxRows);
    }

    /**
     * Opens a file whose heading row {@code decide} reads (refusing it with {@link WorkOrderFile.Unreadable} when it
     * lacks a column), its rows then read by the reader {@code rows} makes for that reading.
     */
    static <L> ImportSource<L> open(SheetRows.Input input, Function<List<String>, WorkOrderFile.Reading> decide,
            Function<WorkOrderFile.Reading, RowReader<L>> rows, int maxRows) {
        List<List<String>> header = new ArrayList<>();
        SheetRows.visit(input, (index, cells) -> {
            header.add(cells);
            return false;
        });
        if (header.isEmpty()) {
            throw new WorkOrderFile.Unreadable("import.file.empty");
        }
        WorkOrderFile.Reading reading = decide.apply(header.getFirst());
        return new ImportSource<>(input, reading, rows.apply(reading), maxRows);
    }

    public String platform() {
        return reading.mapping().platform();
    }

    public List<String> unknownHeadings() {
        return reading.mapping().unknownHeadings();
    }

    public List<String> ignoredHeadings() {
        return reading.ignored();
    }

    public List<String> header() {
        return reading.header();
    }

    /**
     * Reads the rows in chunks of {@code size} to {@code each} (blank rows passed over); refuses the file when it has
     * no row or more than the limit.
     */
    public void chunks(int size, Consumer<Chunk<L>> each) {
        List<L> lines = new ArrayList<>(size);
        List<List<String>> cells = new ArrayList<>(size);
        int[] count = {0};
        SheetRows.visit(input, (index, row) -> {
            if (index == 0 || row.stream().allMatch(c -> c == null || c.isBlank())) {
                return true;
            }
            if (++count[0] > maxRows) {
                throw new WorkOrderFile.Unreadable("import.file.tooMany", maxRows);
            }
            lines.add(rows.read(index + 1, row));
            cells.add(row);
            if (lines.size() == size) {
                each.accept(new Chunk<>(List.copyOf(lines), List.copyOf(cells)));
                lines.clear();
                cells.clear();
            }
            return true;
        });
        if (!lines.isEmpty()) {
            each.accept(new Chunk<>(List.copyOf(lines), List.copyOf(cells)));
        }
        if (count[0] == 0) {
            throw new WorkOrderFile.Unreadable("import.file.noRows");
        }
    }

    /** The rows of the given line numbers, as the file had them, in file order (for the error report). */
    public void rows(Set<Integer> lineNumbers, Consumer<List<String>> each) {
        SheetRows.visit(input, (index, row) -> {
            if (index > 0 && lineNumbers.contains(index + 1)) {
                each.accept(row);
            }
            return true;
        });
    }
}
