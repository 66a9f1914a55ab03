package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.demo.DemoDataGenerator;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.EventPublications;

/**
 * What the scenario classes share: the demo district, generated once per database (the Spring
 * context, and so the database, is shared by the classes of one kind), a JdbcTemplate to look at
 * it, and logging in as one of the demo users.
 */
abstract class DemoDistrictScenarios {

    @Autowired PlaceService places;
    @Autowired DemoDataGenerator demo;
    @Autowired AccountService accounts;
    @Autowired DataSource dataSource;
    @Autowired EventPublications publications;

    JdbcTemplate jdbc;

    @BeforeEach
    void demoDistrict() {
        synchronized (CaseworkScenarios.class) {
            if (places.isEmpty()) {
                demo.generate(200);
            }
        }
        settled();
        jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Waits until the asynchronous listeners have handled every event so far (intake supervision
     * may still change a just-registered dispute and move its version on).
     */
    void settled() {
        assertThat(publications.awaitSettled(Duration.ofSeconds(30))).as("event publications completed").isTrue();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** A compound of its own in community mediator shequ's community, so no other dispute is a repeat there. */
    long freshCompound() {
        long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, room);
        long id = 910_000_000L + Math.floorMod(System.nanoTime(), 80_000_000L);
        jdbc.update("insert into compound (id, community_id, name, pinyin_initials, address, households, version) "
                + "values (?, ?, ?, 'cszy', ?, 300, 0)", id, community, "测试之苑" + id, "测试路" + (id % 1000) + "号");
        return id;
    }

    static String phone() {
        return "1980" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
    }

    void login(String username) {
        var user = Logins.as(accounts, username);
    }
}
