package org.tiaojie.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;

/** The work-order API on a real MySQL-family server: the 20 concurrent repeats meet its unique key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiaojie.demo-data.enabled=true", "tiaojie.demo-data.disputes=60",
            "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("mysql")
@RequiresDatabase
class WorkOrderApiDatabaseIT extends WorkOrderApiScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
