package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The account scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class AccountH2Test extends AccountScenarios {
}
