package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;

/** The casework scenarios on a real MySQL-family server (MySQL 8.4 or MariaDB 10.11+). */
@SpringBootTest
@RequiresDatabase
class CaseworkDatabaseIT extends CaseworkScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
