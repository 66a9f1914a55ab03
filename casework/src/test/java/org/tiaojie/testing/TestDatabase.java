package org.tiaojie.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The MySQL-family server for integration tests, found in this order:
 * <ol>
 * <li>Testcontainers MySQL 8.4, where a Docker engine answers;</li>
 * <li>the server named by {@code TIAOJIE_TEST_DB_URL} (a server URL such as
 * {@code jdbc:mariadb://db:3306/} or {@code jdbc:mysql://db:3306/}), with
 * {@code TIAOJIE_TEST_DB_USER} and {@code TIAOJIE_TEST_DB_PASSWORD};</li>
 * <li>the conventional local server: MariaDB or MySQL on 127.0.0.1:3306, root, empty password.</li>
 * </ol>
 * On a server (2 and 3) each test JVM gets a fresh database of its own, dropped at exit.
 */
public final class TestDatabase {

    public static final String HOW_TO = "Integration tests need a MySQL-family database: start Docker (Testcontainers "
            + "runs MySQL 8.4), or set TIAOJIE_TEST_DB_URL (e.g. jdbc:mariadb://host:3306/), TIAOJIE_TEST_DB_USER and "
            + "TIAOJIE_TEST_DB_PASSWORD, or run MariaDB/MySQL on 127.0.0.1:3306 with user root and an empty password.";

    /** Where the tests' database is. */
    public record Target(String url, String user, String password, String description) {
    }

    private static Optional<Target> resolved;

    private TestDatabase() {
    }

    public static synchronized Optional<Target> find() {
        if (resolved == null) {
            resolved = Optional.ofNullable(resolve());
        }
        return resolved;
    }

    /** For {@code @DynamicPropertySource}: points the datasource at the found database. */
    public static void register(DynamicPropertyRegistry registry) {
        Target target = find().orElseThrow(() -> new IllegalStateException(HOW_TO));
        registry.add("spring.datasource.url", target::url);
        registry.add("spring.datasource.username", target::user);
        registry.add("spring.datasource.password", target::password);
    }

    private static Target resolve() {
        if (dockerAvailable()) {
            MySQLContainer mysql = new MySQLContainer("mysql:8.4").withDatabaseName("tiaojie")
                    .withCommand("--character-set-server=utf8mb4");
            mysql.start();
            return new Target(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword(), "Testcontainers MySQL 8.4");
        }
        String url = System.getenv("TIAOJIE_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String user = Optional.ofNullable(System.getenv("TIAOJIE_TEST_DB_USER")).orElse("root");
            String password = Optional.ofNullable(System.getenv("TIAOJIE_TEST_DB_PASSWORD")).orElse("");
            return freshDatabase(url, user, password, "server from TIAOJIE_TEST_DB_URL");
        }
        if (canConnect("jdbc:mariadb://127.0.0.1:3306/?connectTimeout=2000", "root", "")) {
            return freshDatabase("jdbc:mariadb://127.0.0.1:3306/", "root", "", "local server 127.0.0.1:3306");
        }
        return null;
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("TIAOJIE_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean canConnect(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A database of the given name on the server of {@code TIAOJIE_TEST_DB_URL} or on 127.0.0.1:3306
     * that outlives the JVM: benchmark data generated once and measured by several programs.
     * With {@code recreate} it is dropped and created empty first.
     */
    public static Target kept(String name, boolean recreate) {
        if (!name.matches("[a-z0-9_]{1,60}")) {
            throw new IllegalArgumentException("database names here are lower-case letters, digits and _: " + name);
        }
        String url = Optional.ofNullable(System.getenv("TIAOJIE_TEST_DB_URL")).filter(u -> !u.isBlank())
                .orElse("jdbc:mariadb://127.0.0.1:3306/");
        String user = Optional.ofNullable(System.getenv("TIAOJIE_TEST_DB_USER")).orElse("root");
        String password = Optional.ofNullable(System.getenv("TIAOJIE_TEST_DB_PASSWORD")).orElse("");
        String base = url.endsWith("/") ? url : url + "/";
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            if (recreate) {
                s.execute("drop database if exists " + name);
            }
            s.execute("create database if not exists " + name + " character set utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + base + ": " + e.getMessage(), e);
        }
        String dbUrl = base + name + (base.startsWith("jdbc:mysql:")
                ? "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true" : "");
        return new Target(dbUrl, user, password, "database " + name + " on " + base);
    }

    private static Target freshDatabase(String serverUrl, String user, String password, String description) {
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        int query = base.indexOf('?');
        String params = query >= 0 ? base.substring(query) : "";
        if (query >= 0) {
            base = base.substring(0, query);
        }
        String name = "tj_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base + params, user, password);
                Statement s = c.createStatement()) {
            s.execute("create database " + name + " character set utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + base + ": " + e.getMessage(), e);
        }
        String finalBase = base;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(finalBase + params, user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name);
            } catch (SQLException ignored) {
                // the server may be gone already; the database name is unique, so nothing collides
            }
        }));
        String separator = params.isEmpty() ? "?" : "&";
        String url = base + name + params + (base.startsWith("jdbc:mysql:")
                ? separator + "characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                : "");
        return new Target(url, user, password, description + " (database " + name + ")");
    }
}
