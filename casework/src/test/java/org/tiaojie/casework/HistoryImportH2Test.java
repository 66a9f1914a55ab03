package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The history-import scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class HistoryImportH2Test extends HistoryImportScenarios {
}
