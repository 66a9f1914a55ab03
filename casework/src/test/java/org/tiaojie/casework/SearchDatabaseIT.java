package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;

/** The search scenarios on a real MySQL-family server (the index beside MariaDB or MySQL). */
@SpringBootTest
@RequiresDatabase
class SearchDatabaseIT extends SearchScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
