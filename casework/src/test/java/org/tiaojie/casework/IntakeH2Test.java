package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The intake scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class IntakeH2Test extends IntakeScenarios {
}
