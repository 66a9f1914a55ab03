package org.tiaojie.web.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * A list exported as an XLSX workbook the way a spreadsheet user expects it: one sheet, a caption line (what the
 * list is, for which period and area), a bold header row that stays in view, and every cell typed — counts and
 * decimals as numbers, rates as numbers with a percent format (0.125 shown as 12.5%), days and times as dates
 * in Beijing time — so that the list can be summed, sorted and charted without retyping. Rows are written through
 * Apache POI's streaming workbook, a window of rows in memory at a time, so a long drill-down does not hold every
 * row as cells.
 */
public final class XlsxTable {

    /** What a column holds, and so how its cells are typed and formatted. */
    public enum Kind {
        TEXT(null, 14), COUNT("0", 10), DECIMAL("0.00", 10), PERCENT("0.0%", 10), DATE("yyyy-mm-dd", 12),
        DATE_TIME("yyyy-mm-dd hh:mm", 17);

        private final String format;
        private final int width;

        Kind(String format, int width) {
            this.format = format;
            this.width = width;
        }
    }

    /** A column: its header, kind, the value of a row (null for an empty cell) and its width in characters. */
    public record Column<T>(String header, Kind kind, Function<T, Object> value, int width) {

        public static <T> Column<T> of(String header, Kind kind, Function<T, Object> value) {
            return new Column<>(header, kind, value, kind.width);
        }

        public Column<T> wide(int characters) {
            return new Column<>(header, kind, value, characters);
        }
    }

    /** MIME type of what {@link #write} returns. */
    public static final String MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxTable() {
    }

    /** The workbook's bytes: sheet {@code name}, {@code caption} on the first line, then the header and the rows. */
    public static <T> byte[] write(String name, String caption, List<Column<T>> columns, Stream<T> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // sheet names may not hold []:*?/\ and are at most 31 characters
            Sheet sheet = book.createSheet(name.replaceAll("[\\[\\]:*?/\\\\]", " ")
                    .substring(0, Math.min(31, name.length())));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                CellStyle style = book.createCellStyle();
                if (kind.format != null) {
                    style.setDataFormat(book.createDataFormat().getFormat(kind.format));
                }
                styles.put(kind, style);
            }
            sheet.createRow(0).createCell(0).setCellValue(caption);
            Row header = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(head);
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
            }
            sheet.createFreezePane(0, 2);
            int[] next = {2};
            rows.forEachOrdered(item -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < columns.size(); c++) {
                    Column<T> column = columns.get(c);
                    Object value = column.value().apply(item);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(styles.get(column.kind()));
                    set(cell, value);
                }
            });
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value) {
        switch (value) {
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> cell.setCellValue(d);
            case Instant i -> cell.setCellValue(i.atZone(CaseworkConfiguration.ZONE).toLocalDateTime());
            default -> cell.setCellValue(value.toString());
        }
    }
}
