package org.tiaojie.web.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.casework.demo.DemoDataGenerator;
import org.tiaojie.casework.shared.EventPublications;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;

/**
 * The black-box suite ({@link BadRequests}) in the build: the whole application on a real port and a MariaDB or
 * MySQL database with the demo district, its jobs stopped so that only requests write, reached over HTTP alone.
 * A context of its own: the suite ends by tripping the address throttles, which no other test should meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiaojie.demo-data.enabled=true", "tiaojie.demo-data.disputes=40",
            "vaadin.devmode.devTools.enabled=false", "spring.quartz.auto-startup=false",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"})
@ActiveProfiles("mysql")
@RequiresDatabase
class BadRequestsDatabaseIT {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventPublications publications;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Test
    void twoThousandBadRequestsAreRefusedAsProblemsAndStoreNothing() throws Exception {
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(60))).isTrue();
        BadRequests.Report report;
        try (Connection c = dataSource.getConnection()) {
            report = BadRequests.run(URI.create("http://localhost:" + port), DemoDataGenerator.DEMO_API_KEY, c);
        }
        System.out.println("black box: " + report.badRequests() + " requests, answers " + report.statuses()
                + ", security log " + report.securityLog() + ", tables changed " + report.tablesChanged());
        assertThat(report.failures()).as("failures").isEmpty();
        assertThat(report.badRequests()).isGreaterThanOrEqualTo(2_000);
        assertThat(report.tablesChanged()).isEmpty();
    }
}
