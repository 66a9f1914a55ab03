package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tiaojie.testing.RequiresDatabase;
import org.tiaojie.testing.TestDatabase;

/** The case-file scenarios on a real MySQL-family server (LONGBLOB attachments, locks, the supervisor query). */
@SpringBootTest
@RequiresDatabase
class CaseFileDatabaseIT extends CaseFileScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
