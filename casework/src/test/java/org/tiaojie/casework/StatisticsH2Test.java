package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The dashboard's figures on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class StatisticsH2Test extends StatisticsScenarios {
}
