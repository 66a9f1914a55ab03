package org.tiaojie.web.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The rows of an import file, one at a time, never the whole sheet in memory: an XLSX's first sheet through Apache
 * POI's streaming (SAX) reader, a CSV through Apache Commons CSV in UTF-8 or, as Excel saves it on Chinese Windows,
 * GB18030 (recognised by content). A cell is text as it was written: a number by the shortest decimal of the double
 * Excel stored (7938.49), a long number without exponent (13800000000), a date cell as yyyy-MM-dd HH:mm:ss.
 */
final class SheetRows {

    /** Hears each row: its index in the file (0 the heading row) and its cells; false stops the reading. */
    interface Visitor {
        boolean row(int index, List<String> cells);
    }

    /** Where the file's bytes are: in memory, or in a file on disk (an upload of any size). */
    record Input(byte[] bytes, Path path) {

        static Input of(byte[] bytes) {
            return new Input(bytes, null);
        }

        static Input of(Path path) {
            return new Input(null, path);
        }

        InputStream open() throws IOException {
            return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
        }

        long size() throws IOException {
            return bytes != null ? bytes.length : Files.size(path);
        }

        byte[] head(int n) throws IOException {
            try (InputStream in = open()) {
                return in.readNBytes(n);
            }
        }
    }

    private static final DateTimeFormatter EXCEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SheetRows() {
    }

    /** Reads every row to {@code visitor}, or until it says stop. */
    static void visit(Input input, Visitor visitor) {
        byte[] head;
        try {
            if (input.size() == 0) {
                throw new WorkOrderFile.Unreadable("import.file.empty");
            }
            head = input.head(4096);
        } catch (IOException e) {
            throw new WorkOrderFile.Unreadable("import.file.type");
        }
        if (head.length > 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            xlsx(input, visitor);
        } else {
            csv(input, head, visitor);
        }
    }

    /** Stops a SAX parse from inside a callback. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Numbers as written, dates as dates: what {@link XSSFSheetXMLHandler} asks of a formatter. */
    private static final class Exact extends DataFormatter {
        Exact() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return EXCEL_TIME.format(DateUtil.getLocalDateTime(value, use1904));
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }
    }

    private static void xlsx(Input input, Visitor visitor) {
        try (OPCPackage pkg = input.path() != null ? OPCPackage.open(input.path().toFile(), PackageAccess.READ)
                : OPCPackage.open(new ByteArrayInputStream(input.bytes()))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new WorkOrderFile.Unreadable("import.file.empty");
            }
            try (InputStream sheet = sheets.next()) {
                List<String> cells = new ArrayList<>();
                int[] current = {-1};
                XSSFSheetXMLHandler.SheetContentsHandler rows = new XSSFSheetXMLHandler.SheetContentsHandler() {
                    @Override
                    public void startRow(int rowNum) {
                        current[0] = rowNum;
                        cells.clear();
                    }

                    @Override
                    public void endRow(int rowNum) {
                        if (!visitor.row(rowNum, List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList()))) {
                            throw new Stop();
                        }
                    }

                    @Override
                    public void cell(String reference, String value, XSSFComment comment) {
                        int column = reference == null ? cells.size() : new CellReference(reference).getCol();
                        while (cells.size() < column) {
                            cells.add(null);
                        }
                        cells.add(value);
                    }
                };
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                XMLReader xml = factory.newSAXParser().getXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, new Exact(),
                        false));
                try {
                    xml.parse(new InputSource(sheet));
                } catch (Stop stop) {
                    // the visitor has what it needed
                }
            }
        } catch (WorkOrderFile.Unreadable u) {
            throw u;
        } catch (Exception e) {
            if (e.getCause() instanceof WorkOrderFile.Unreadable u) {
                throw u;
            }
            throw new WorkOrderFile.Unreadable("import.file.type");
        }
    }

    private static void csv(Input input, byte[] head, Visitor visitor) {
        if (looksBinary(head)) {
            throw new WorkOrderFile.Unreadable("import.file.type");
        }
        Charset charset = utf8(input) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        try (Reader reader = new InputStreamReader(input.open(), charset);
                CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            int index = 0;
            for (CSVRecord record : parser) {
                if (!visitor.row(index++, record.toList())) {
                    return;
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new WorkOrderFile.Unreadable("import.file.csv", e.getMessage());
        }
    }

    /** Whether the whole file decodes as UTF-8, read through once. */
    private static boolean utf8(Input input) {
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(input.open(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new WorkOrderFile.Unreadable("import.file.type");
        }
    }

    private static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return head.length > 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
    }
}
