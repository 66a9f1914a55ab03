package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.audit.AuditChain;
import org.tiaojie.casework.audit.AuditQueryService;
import org.tiaojie.casework.audit.AuditVerification;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;

/**
 * The backup and restore of docs/operations/backup.md, done as written: {@code mariadb-dump} of a
 * live database (attachments are in it), loaded into a new database with the {@code mariadb}
 * client; every table has the same rows and checksum, and the application started on the restored
 * database finds its audit chain intact.
 */
@SpringBootTest
@RequiresDatabase
class BackupRestoreDatabaseIT extends DemoDistrictScenarios {

    @Autowired AuditChain chain;
    @Autowired org.tiaojie.casework.shared.DataCipher cipher;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    private static String tool(String... names) {
        for (String name : names) {
            for (String dir : System.getenv("PATH").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new IllegalStateException("none of " + List.of(names) + " is on the PATH: install the MariaDB or MySQL client");
    }

    private static void run(List<String> command, Path in, Path out) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        if (in != null) {
            builder.redirectInput(in.toFile());
        }
        if (out != null) {
            builder.redirectOutput(out.toFile());
        }
        Path errors = Files.createTempFile("tj-backup", ".err");
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command.getFirst(), Files.readString(errors)).isZero();
    }

    private static Map<String, String> checksums(Connection c, String database) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = '" + database
                        + "' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement();
                    ResultSet count = s.executeQuery("select count(*) from " + database + "." + table)) {
                count.next();
                long rows = count.getLong(1);
                try (ResultSet sum = c.createStatement().executeQuery("checksum table " + database + "." + table)) {
                    sum.next();
                    sums.put(table, rows + " rows, checksum " + sum.getString(2));
                }
            }
        }
        return sums;
    }

    /** Waits until no event publication is incomplete and no audit entry waits for its seal. */
    private void awaitQuiet(Connection c, String database) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            chain.seal();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select (select count(*) from "
                    + database + ".EVENT_PUBLICATION where completion_date is null) + (select count(*) from "
                    + database + ".audit_pending)")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    @Test
    void aDumpOfTheLiveDatabaseRestoresToAnApplicationWithTheSameDataAndAnIntactAuditChain() throws Exception {
        TestDatabase.Target target = TestDatabase.find().orElseThrow();
        URI uri = URI.create(target.url().substring("jdbc:".length()));
        String source = uri.getPath().substring(1);
        String restored = "tj_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
        chain.seal();
        String server = target.url().substring(0, target.url().indexOf(source));
        List<String> login = List.of("-h", uri.getHost(), "-P", String.valueOf(uri.getPort()), "-u", target.user(),
                "--default-character-set=utf8mb4");
        List<String> withPassword = new ArrayList<>(login);
        if (!target.password().isEmpty()) {
            withPassword.add("-p" + target.password());
        }

        Path dump = Files.createTempFile("tiaojie-backup", ".sql");
        List<String> dumpCommand = new ArrayList<>(List.of(tool("mariadb-dump", "mysqldump")));
        dumpCommand.addAll(withPassword);
        dumpCommand.addAll(List.of("--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob", source));
        long started;
        long dumped;
        Map<String, String> before;
        try (Connection c = DriverManager.getConnection(server, target.user(), target.password())) {
            // the dump is taken while the application is quiet (the outbox's listeners done, the audit
            // sealed) and the same before and after, so the comparison below compares like with like
            int attempts = 0;
            while (true) {
                awaitQuiet(c, source);
                before = checksums(c, source);
                started = System.nanoTime();
                run(dumpCommand, null, dump);
                dumped = System.nanoTime();
                if (checksums(c, source).equals(before)) {
                    break;
                }
                assertThat(++attempts).as("the test database never stood still for a dump").isLessThan(5);
            }
        }

        try (Connection c = DriverManager.getConnection(server, target.user(), target.password())) {
            c.createStatement().execute("create database " + restored + " character set utf8mb4");
            try {
                List<String> load = new ArrayList<>(List.of(tool("mariadb", "mysql")));
                load.addAll(withPassword);
                load.add(restored);
                run(load, dump, null);
                long loaded = System.nanoTime();

                Map<String, String> after = checksums(c, restored);
                assertThat(after).isEqualTo(before);
                assertThat(before).containsKeys("dispute", "case_attachment_data", "audit_entry", "audit_seal",
                        "flyway_schema_history");

                // the application on the restored database: Flyway accepts it, the chain verifies with the same key
                try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseworkTestApplication.class)
                        .run("--spring.datasource.url=" + target.url().replace("/" + source, "/" + restored),
                                "--spring.datasource.username=" + target.user(),
                                "--spring.datasource.password=" + target.password(),
                                "--spring.main.banner-mode=off")) {
                    var admin = app.getBean(AccountService.class).loadUserByUsername("admin").withoutPassword();
                    Logins.as(admin);
                    AuditVerification check = app.getBean(AuditQueryService.class).verify();
                    assertThat(check.intact()).as(check.toString()).isTrue();
                    assertThat(check.checked()).isPositive();
                    // the personal-data key goes with the backup: the restored node reads the numbers and finds
                    // them by their blind index with the same key
                    var party = c.createStatement().executeQuery("select id_number, id_number_key from " + restored
                            + ".dispute_party where id_number is not null order by id limit 1");
                    assertThat(party.next()).isTrue();
                    var restoredCipher = app.getBean(org.tiaojie.casework.shared.DataCipher.class);
                    String id = restoredCipher.decrypt(party.getString(1));
                    assertThat(id).isEqualTo(cipher.decrypt(party.getString(1))).matches("\\d{17}[\\dX]");
                    assertThat(restoredCipher.index(id)).isEqualTo(party.getString(2).strip());
                } finally {
                    SecurityContextHolder.clearContext();
                }
                // without it, nothing personal can be read back
                try (ConfigurableApplicationContext other = new SpringApplicationBuilder(CaseworkTestApplication.class)
                        .run("--spring.datasource.url=" + target.url().replace("/" + source, "/" + restored),
                                "--spring.datasource.username=" + target.user(),
                                "--spring.datasource.password=" + target.password(),
                                "--tiaojie.data-key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                                "--spring.main.banner-mode=off")) {
                    var party = c.createStatement().executeQuery("select phone from " + restored
                            + ".dispute_party where phone is not null order by id limit 1");
                    assertThat(party.next()).isTrue();
                    String stored = party.getString(1);
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.getBean(
                            org.tiaojie.casework.shared.DataCipher.class).decrypt(stored))
                            .hasMessageContaining("personal-data key");
                }
                System.out.printf("backup: %d tables, dump %d kB in %d ms, restore in %d ms, all checksums equal%n",
                        before.size(), Files.size(dump) / 1024, (dumped - started) / 1_000_000,
                        (loaded - dumped) / 1_000_000);
            } finally {
                c.createStatement().execute("drop database if exists " + restored);
                Files.deleteIfExists(dump);
            }
        }
    }
}
