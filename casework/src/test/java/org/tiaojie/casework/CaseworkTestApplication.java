package org.tiaojie.casework;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The casework module on its own, for its Spring tests. */
@SpringBootApplication
public class CaseworkTestApplication {
}
