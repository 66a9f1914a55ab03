package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;
import org.tiaojie.web.base.StatCard;
import org.tiaojie.web.supervision.SupervisorHomeView;

/**
 * The whole application with the production {@code mysql} profile on a real MySQL-family
 * server: Flyway builds the schema, the demo district loads, a supervisor's screen shows it.
 */
@SpringBootTest(properties = {"tiaojie.demo-data.enabled=true", "tiaojie.demo-data.disputes=120",
    "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
    "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("mysql")
@RequiresDatabase
class MySqlProfileIT extends SpringBrowserlessTest {

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Test
    @WithUserDetails("duban")
    void supervisorSeesTheDistrictOnTheProductionProfile() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isIn("MySQL", "MariaDB");
        }
        navigate(SupervisorHomeView.class);
        StatCard open = find(StatCard.class).id("tj-open");
        assertThat(Long.parseLong(open.getValueText())).isPositive();
        Grid<?> supervised = find(Grid.class).id("tj-supervised-list");
        Long expected = new JdbcTemplate(dataSource).queryForObject("""
                select count(*) from dispute where supervised = true and state in ('REGISTERED','ACCEPTED',
                    'IN_MEDIATION','SUSPENDED','AGREED','FAILED','ESCALATED','REFERRED_TO_COURT')""", Long.class);
        assertThat(expected).isPositive();
        assertThat(test(supervised).size()).isEqualTo(expected.intValue());
    }
}
