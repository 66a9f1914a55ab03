package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The retention scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class RetentionH2Test extends RetentionScenarios {
}
