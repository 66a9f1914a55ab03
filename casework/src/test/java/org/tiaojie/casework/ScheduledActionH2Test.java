package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The scheduled jobs' actions on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class ScheduledActionH2Test extends ScheduledActionScenarios {
}
