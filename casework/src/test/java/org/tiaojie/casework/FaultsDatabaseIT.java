package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.casework.intake.WorkOrder;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.casework.shared.DatabaseFault;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TcpProxy;
import org.tiaojie.testing.TestDatabase;

/**
 * Faults on a real server, the application reaching it through a relay that can cut it: the
 * database stopping at many points inside a registration (each registration is then whole or
 * absent, never half-written, and intake works again when it returns); an import cut off in the
 * middle (whole batches kept, the file imported again registers exactly the rest); and a full
 * disk on attachment upload (the server's own "table is full" error; nothing stored); and a
 * case-file bundle cut off while it is stored (whole with its checksum, or absent).
 */
@SpringBootTest(properties = {"spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.validation-timeout=1000", "spring.datasource.hikari.maximum-pool-size=4"})
@RequiresDatabase
class FaultsDatabaseIT extends DemoDistrictScenarios {

    static TcpProxy proxy;
    static final List<String> TABLES = List.of("dispute", "dispute_party", "dispute_clock", "dispute_history",
            "dispute_contact", "EVENT_PUBLICATION", "audit_entry", "notification", "case_attachment");

    @Autowired org.tiaojie.casework.shared.DataCipher cipher;

    @Autowired IntakeService intake;
    @Autowired WorkOrderImportService imports;
    @Autowired org.tiaojie.casework.attachment.AttachmentService attachments;
    @Autowired org.tiaojie.casework.document.CaseDocumentService documents;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.Target target = TestDatabase.find().orElseThrow(() -> new IllegalStateException(TestDatabase.HOW_TO));
        URI uri = URI.create(target.url().substring("jdbc:".length()));
        proxy = new TcpProxy(uri.getHost(), uri.getPort());
        String viaProxy = target.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        registry.add("spring.datasource.url", () -> viaProxy);
        registry.add("spring.datasource.username", target::user);
        registry.add("spring.datasource.password", target::password);
    }

    @AfterAll
    static void closeProxy() throws Exception {
        proxy.close();
    }

    @AfterEach
    void databaseBack() {
        proxy.restore();
        awaitDatabase();
        // a cut inside a listener's transaction, or in a commit whose answer never came back, leaves a
        // publication incomplete: the scheduler's redelivery job hands it over again, as here
        if (!publications.awaitSettled(java.time.Duration.ofSeconds(5))) {
            publications.redeliverOlderThan(java.time.Duration.ZERO);
            settled();
        }
    }

    private void awaitDatabase() {
        long until = System.currentTimeMillis() + 20_000;
        while (true) {
            try {
                jdbc.queryForObject("select 1", Integer.class);
                return;
            } catch (RuntimeException e) {
                if (System.currentTimeMillis() > until) {
                    throw e;
                }
            }
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private NewDispute call(long compound, String phone) {
        long category = jdbc.queryForObject("select id from dispute_category where code = 'FEES.SERVICE_FEE'",
                Long.class);
        return NewCase.of(Channel.HOTLINE_12345).category(category).in(compound)
                .description("故障测试：物业费账单重复收取").caller("郑故障", phone).build();
    }

    @Test
    void theDatabaseStoppingAnywhereInARegistrationLeavesItWholeOrAbsentAndIntakeWorksWhenItReturns() {
        long compound = freshCompound();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<Long> cuts = new ArrayList<>(List.of(0L, 100L, 400L, 900L, 1_500L, 2_500L, 4_000L, 6_000L, 9_000L,
                14_000L, 20_000L, 30_000L));
        for (long cut : cuts) {
            login("huawu");
            String phone = phone();
            Map<String, Long> before = counts();
            proxy.stopAfter(cut);
            Throwable failure = null;
            try {
                intake.register(call(compound, phone), null);
            } catch (RuntimeException e) {
                failure = e;
            }
            boolean cutHappened = proxy.isDown();
            proxy.restore();
            awaitDatabase();
            long stored = jdbc.queryForObject("select count(*) from dispute where caller_phone_key = ?",
                    Long.class, cipher.index(phone));
            if (failure != null) {
                assertThat(DatabaseFault.of(failure)).as("fault of %s", failure).contains(DatabaseFault.UNAVAILABLE);
            }
            if (stored == 0) {
                // absent: not a row of it anywhere (the sealer may have sealed audit entries meanwhile: not counted)
                assertThat(failure).as("cut after %d bytes", cut).isNotNull();
                assertThat(counts()).as("cut after %d bytes", cut).isEqualTo(before);
                outcomes.merge("absent", 1, Integer::sum);
            } else {
                // whole: the commit reached the server (perhaps just before the cut)
                assertThat(stored).isOne();
                long id = jdbc.queryForObject("select id from dispute where caller_phone_key = ?",
                    Long.class, cipher.index(phone));
                assertThat(jdbc.queryForObject("select count(*) from dispute_clock where dispute_id = ?", Long.class, id))
                        .isPositive();
                assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ?", Long.class,
                        id)).isPositive();
                assertThat(jdbc.queryForObject("select count(*) from audit_entry where dispute_id = ? "
                        + "and action = 'DisputeRegistered'", Long.class, id)).isOne();
                outcomes.merge(failure == null ? (cutHappened ? "whole, cut after" : "whole") : "whole, error shown",
                        1, Integer::sum);
            }
        }
        // the database is back: intake works as before
        login("huawu");
        String phone = phone();
        long id = intake.register(call(compound, phone), null);
        assertThat(cipher.decrypt(jdbc.queryForObject("select caller_phone from dispute where id = ?", String.class, id)))
                .isEqualTo(phone);
        System.out.printf("database stopped inside a registration at %d points: %s%n", cuts.size(), outcomes);
        assertThat(outcomes.getOrDefault("absent", 0)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anImportCutOffInTheMiddleKeepsWholeBatchesAndTheSameFileImportsExactlyTheRest() {
        long compound = freshCompound();
        String compoundName = jdbc.queryForObject("select name from compound where id = ?", String.class, compound);
        String prefix = "FAULT-" + Long.toString(System.nanoTime(), 36) + "-";
        List<ImportLine> lines = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            lines.add(new ImportLine(i + 2, new WorkOrder(prefix + i, "郑导入", phone(), compoundName, null,
                    "物业收费/物业费", "故障测试：" + java.util.UUID.randomUUID(), 1, null, false, false, false), List.of()));
        }
        login("huawu");
        // what one batch of 100 sends, measured on a first file of the same kind
        List<ImportLine> warmUp = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            warmUp.add(new ImportLine(i + 2, new WorkOrder(prefix + "W" + i, "郑导入", phone(), compoundName, null,
                    "物业收费/物业费", "故障测试：" + java.util.UUID.randomUUID(), 1, null, false, false, false), List.of()));
        }
        long start = proxy.sentByApplication();
        imports.importAll(warmUp, done -> { });
        // the import's own statements: the batch's intake supervision follows its commit, on another connection
        long perBatch = proxy.sentByApplication() - start;
        settled();
        // cut in the middle of the second batch
        proxy.stopAfter(perBatch * 3 / 2);
        Throwable cutOff = null;
        try {
            imports.importAll(lines, done -> { });
        } catch (RuntimeException e) {
            cutOff = e;
        }
        assertThat(cutOff).as("the import was cut off").isNotNull();
        assertThat(DatabaseFault.of(cutOff)).as("fault of %s", chain(cutOff)).contains(DatabaseFault.UNAVAILABLE);
        proxy.restore();
        awaitDatabase();
        long kept = jdbc.queryForObject("select count(*) from dispute where external_ref like ?", Long.class, prefix + "%")
                - warmUp.size();
        assertThat(kept % 100).as("whole batches of 100 only, kept %d", kept).isZero();
        assertThat(kept).isLessThan(250).isPositive();

        List<ImportOutcome> again = imports.importAll(lines, done -> { });
        long created = again.stream().filter(o -> o.status() == ImportOutcome.Status.CREATED).count();
        long existed = again.stream().filter(o -> o.status() == ImportOutcome.Status.EXISTED).count();
        assertThat(created + existed).isEqualTo(250);
        assertThat(existed).isEqualTo(kept);
        assertThat(jdbc.queryForObject("select count(*) from dispute where external_ref like ?", Long.class, prefix + "%"))
                .isEqualTo(250 + warmUp.size());
        assertThat(jdbc.queryForObject("select count(distinct external_ref) from dispute where external_ref like ?",
                Long.class, prefix + "%")).isEqualTo(250 + warmUp.size());
        System.out.printf("import cut off after %d of 250 rows (%d kB sent per batch of 100); imported again: "
                + "%d created, %d existed%n", kept, perBatch / 1024, created, existed);
    }

    /**
     * A 卷宗 of 2 MB being stored when the node's database connection dies (as when the node is
     * killed): the bundle and its bytes are there whole, with their checksum, or not at all; the
     * mediator generates it again.
     */
    @Test
    void aBundleCutOffWhileStoredIsWholeOrAbsent() {
        long compound = freshCompound();
        login("huawu");
        long id = intake.register(call(compound, phone()), null);
        login("shequ");
        byte[] pdf = new byte[2 * 1024 * 1024];
        new java.util.Random(11).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, pdf, 0, 9);
        var bundle = new org.tiaojie.casework.document.CaseDocumentService.Rendered(
                org.tiaojie.casework.document.DocumentKind.BUNDLE, null, "卷宗", "juanzong.pdf", 120, pdf);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (long cut : List.of(0L, 2_000L, 300_000L, 1_000_000L, 2_000_000L, 8_000_000L)) {
            long before = jdbc.queryForObject("select count(*) from case_document where dispute_id = ?", Long.class, id);
            proxy.stopAfter(cut);
            Throwable failure = null;
            try {
                documents.store(id, bundle);
            } catch (RuntimeException e) {
                failure = e;
            }
            proxy.restore();
            awaitDatabase();
            long after = jdbc.queryForObject("select count(*) from case_document where dispute_id = ?", Long.class, id);
            if (after == before) {
                assertThat(failure).isNotNull();
                assertThat(DatabaseFault.of(failure)).contains(DatabaseFault.UNAVAILABLE);
                outcomes.merge("absent", 1, Integer::sum);
            } else {
                assertThat(after).isEqualTo(before + 1);
                var stored = jdbc.queryForMap("select d.sha256, length(x.data) size from case_document d join "
                        + "case_document_data x on x.document_id = d.id where d.dispute_id = ? order by d.doc_version desc "
                        + "limit 1", id);
                assertThat(((Number) stored.get("size")).longValue()).isEqualTo(pdf.length);
                assertThat(stored.get("sha256")).isEqualTo(org.tiaojie.casework.shared.Digests.sha256(pdf));
                outcomes.merge("whole", 1, Integer::sum);
            }
        }
        documents.store(id, bundle);
        System.out.printf("bundle of 2 MB cut off while stored at 6 points: %s%n", outcomes);
        assertThat(outcomes.getOrDefault("absent", 0)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aFullDiskOnUploadIsReportedAndStoresNothing() throws Exception {
        long compound = freshCompound();
        login("huawu");
        long id = intake.register(call(compound, phone()), null);
        login("shequ");
        Map<String, Long> before = counts();
        // what MariaDB and MySQL answer when the disk or tablespace is full: error 1114, "The table is full"
        jdbc.execute("create trigger tj_disk_full before insert on case_attachment_data for each row "
                + "signal sqlstate 'HY000' set mysql_errno = 1114, message_text = 'The table case_attachment_data is full'");
        try {
            assertThatThrownBy(() -> uploadPhoto(id))
                    .satisfies(e -> assertThat(DatabaseFault.of(e)).contains(DatabaseFault.STORAGE_FULL));
            assertThat(counts()).isEqualTo(before);
        } finally {
            jdbc.execute("drop trigger tj_disk_full");
        }
        uploadPhoto(id);
        assertThat(jdbc.queryForObject("select count(*) from case_attachment where dispute_id = ?", Long.class, id))
                .isOne();
    }

    private static String chain(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.append(" <- ").append(c.getClass().getName()).append(": ").append(c.getMessage());
        }
        return out.toString();
    }

    private void uploadPhoto(long disputeId) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        settled();
        long version = jdbc.queryForObject("select version from dispute where id = ?", Long.class, disputeId);
        attachments.upload(disputeId, version, org.tiaojie.casework.attachment.AttachmentKind.EVIDENCE, "现场照片",
                "photo.png", png.toByteArray());
    }
}
