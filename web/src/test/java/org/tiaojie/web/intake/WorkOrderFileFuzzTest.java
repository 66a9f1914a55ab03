package org.tiaojie.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.web.TiaojieSpringTest;

/**
 * The work-order import against generated files (jqwik's generators): random bytes, broken and
 * fake XLSX, CSV in two encodings with random cells (quotes, line breaks, formulas, HTML, huge
 * cells) under the real headings. Reading either gives rows or a named reason; importing never
 * fails; exactly the rows reported as registered are in the database.
 */
@TiaojieSpringTest
class WorkOrderFileFuzzTest {

    @Autowired
    WorkOrderImportService imports;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static Arbitrary<String> cell() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(20),
                Arbitraries.strings().numeric().ofMaxLength(14),
                Arbitraries.of("", " ", "\"", "\"\"", "a,b", "第一行\n第二行", "=1+1", "@SUM(A1)", "<b>粗</b>",
                        "13912345678", "是", "否", "true", "-1", "1e9", "\ud83d\ude00"),
                Arbitraries.strings().ofMinLength(5_000).ofMaxLength(12_000));
    }

    private static byte[] csv(List<List<String>> rows, Charset charset) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            List<String> quoted = new ArrayList<>();
            for (String c : row) {
                quoted.add("\"" + c.replace("\"", "\"\"") + "\"");
            }
            out.append(String.join(",", quoted)).append("\r\n");
        }
        return out.toString().getBytes(charset);
    }

    private static byte[] fakeXlsx(byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void generatedFilesAreReadOrRefusedWithAReasonAndImportExactlyWhatTheyReport() throws Exception {
        var operator = accounts.loadUserByUsername("huawu").withoutPassword();
        Logins.as(operator);
        List<String> headings = List.copyOf(WorkOrderFile.COLUMNS.values());
        String compound = FuzzCompounds.fresh(jdbc);
        Random random = new Random(20261201L);
        TreeMap<String, Integer> reasons = new TreeMap<>();
        List<byte[]> files = new ArrayList<>();
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(3_000).sampleStream().limit(60)
                .forEach(files::add);
        byte[] zipHead = {'P', 'K', 3, 4, 20, 0, 0, 0};
        files.add(zipHead);
        files.add(fakeXlsx("<worksheet><sheetData><row><c t=\"s\"><v>99</v></c></row></sheetData></worksheet>"
                .getBytes(StandardCharsets.UTF_8)));
        files.add(fakeXlsx(new byte[] {1, 2, 3}));
        List<String> cells = cell().sampleStream().limit(4_000).toList();
        int c = 0;
        for (int f = 0; f < 40; f++) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(headings);
            int n = 1 + random.nextInt(12);
            for (int r = 0; r < n; r++) {
                List<String> row = new ArrayList<>();
                for (int k = 0; k < headings.size(); k++) {
                    row.add(cells.get(c++ % cells.size()));
                }
                if (random.nextInt(3) == 0) {
                    // a row that is valid but for one random cell
                    List<String> fields = List.copyOf(WorkOrderFile.COLUMNS.keySet());
                    for (int k = 0; k < headings.size(); k++) {
                        // the flags 否; the platform's extra columns and the further party's stay empty
                        row.set(k, List.of("urgent", "leaderInstruction", "publicOpinion").contains(fields.get(k))
                                ? "否" : "");
                    }
                    java.util.function.BiConsumer<String, String> put = (field, value) ->
                            row.set(fields.indexOf(field), value);
                    put.accept("orderNumber", "FZ-" + Long.toString(System.nanoTime(), 36));
                    put.accept("callerName", "模糊");
                    put.accept("callerPhone", "1391234" + (1000 + random.nextInt(9000)));
                    put.accept("compound", compound);
                    put.accept("category", "物业服务质量/维修响应");
                    put.accept("description", "楼上漏水导致天花板发霉");
                    put.accept("partyCount", "1");
                    row.set(random.nextInt(headings.size()), cells.get(c++ % cells.size()));
                }
                rows.add(row);
            }
            files.add(csv(rows, random.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("GB18030")));
        }

        int read = 0;
        int registered = 0;
        long before = jdbc.queryForObject("select count(*) from dispute", Long.class);
        for (byte[] file : files) {
            List<ImportLine> lines;
            try {
                lines = WorkOrderFile.read(file);
            } catch (WorkOrderFile.Unreadable refused) {
                reasons.merge(refused.getMessage() == null ? "?" : refused.getMessage(), 1, Integer::sum);
                continue;
            }
            read++;
            imports.check(lines);
            List<ImportOutcome> outcomes = imports.importAll(lines, done -> { });
            assertThat(outcomes).hasSize(lines.size());
            for (ImportOutcome o : outcomes) {
                if (o.status() == ImportOutcome.Status.CREATED) {
                    registered++;
                    assertThat(o.disputeId()).isNotNull();
                } else if (o.status() == ImportOutcome.Status.REJECTED) {
                    assertThat(o.problems()).isNotEmpty();

                }
            }
        }
        long after = jdbc.queryForObject("select count(*) from dispute", Long.class);
        System.out.printf("import fuzz: %d files, %d read, refused %s, %d rows registered%n", files.size(), read,
                reasons, registered);
        assertThat(after - before).isEqualTo(registered);
        assertThat(read).isPositive();
        assertThat(registered).isPositive();
    }
}
