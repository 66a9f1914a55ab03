package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The search scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class SearchH2Test extends SearchScenarios {
}
