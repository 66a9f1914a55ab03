package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The sweep's actions across the holidays on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class SweepActionH2Test extends SweepActionScenarios {
}
