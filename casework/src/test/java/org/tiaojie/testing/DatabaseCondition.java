package org.tiaojie.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a test class when {@link TestDatabase} finds a server; see {@link RequiresDatabase}. */
public class DatabaseCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var target = TestDatabase.find();
        if (target.isPresent()) {
            return ConditionEvaluationResult.enabled("database: " + target.get().description());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must not skip integration tests. " + TestDatabase.HOW_TO);
        }
        return ConditionEvaluationResult.disabled("SKIPPED: " + TestDatabase.HOW_TO);
    }
}
