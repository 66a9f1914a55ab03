package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;

/** The platform-import scenarios on a real MySQL-family server (call times, repeat counts by call time). */
@SpringBootTest
@RequiresDatabase
class PlatformImportDatabaseIT extends PlatformImportScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
