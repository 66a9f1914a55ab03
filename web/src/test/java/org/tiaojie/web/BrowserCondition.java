package org.tiaojie.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests use Debian's Chromium and ChromeDriver (apt-get install chromium chromium-driver);
 * nothing is downloaded. Without them the tests skip, except on CI, where they must run.
 */
public class BrowserCondition implements ExecutionCondition {

    public static final String CHROMIUM = System.getenv().getOrDefault("TIAOJIE_CHROMIUM", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getenv().getOrDefault("TIAOJIE_CHROMEDRIVER", "/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        String how = "Browser tests need Chromium and ChromeDriver: apt-get install chromium chromium-driver "
                + "(or set TIAOJIE_CHROMIUM and TIAOJIE_CHROMEDRIVER).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must not skip browser tests. " + how);
        }
        return ConditionEvaluationResult.disabled("SKIPPED: " + how);
    }
}
