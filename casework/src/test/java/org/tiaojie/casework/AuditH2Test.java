package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The audit scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest
class AuditH2Test extends AuditScenarios {
}
