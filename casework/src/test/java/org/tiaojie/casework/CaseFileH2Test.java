package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The case-file scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class CaseFileH2Test extends CaseFileScenarios {
}
