package org.tiaojie.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs a real MySQL-family database ({@link TestDatabase}). Without
 * one the class is skipped with a message naming what to set, except on CI (CI=true), where a
 * missing database fails the run: no integration test may skip there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseCondition.class)
public @interface RequiresDatabase {
}
