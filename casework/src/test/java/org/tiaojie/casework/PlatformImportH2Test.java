package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The platform-import scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class PlatformImportH2Test extends PlatformImportScenarios {
}
