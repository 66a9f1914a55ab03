package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The casework scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class CaseworkH2Test extends CaseworkScenarios {
}
