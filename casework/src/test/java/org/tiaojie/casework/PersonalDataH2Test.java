package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The personal-data scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class PersonalDataH2Test extends PersonalDataScenarios {
}
