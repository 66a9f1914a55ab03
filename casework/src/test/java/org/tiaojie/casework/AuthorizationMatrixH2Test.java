package org.tiaojie.casework;

import org.springframework.boot.test.context.SpringBootTest;

/** The authorization matrix on the embedded default database. */
@SpringBootTest
class AuthorizationMatrixH2Test extends AuthorizationMatrixScenarios {
}
