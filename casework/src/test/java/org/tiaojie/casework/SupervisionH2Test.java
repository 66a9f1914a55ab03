package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The supervision scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class SupervisionH2Test extends SupervisionScenarios {
}
