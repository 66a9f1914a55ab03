package org.tiaojie.web.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A mediator's cold login in headless Chromium against a running server (the production build:
 * {@code docs/benchmarks/sessions-and-browser.md} says how to start it): a new browser with an
 * empty profile and cache each run, from asking for the login page to a queue showing case rows.
 * Baseline of the same run: the same cold browser until the login form can be typed into.
 * Arguments: base URL (http://localhost:8080), user (shequ), password (demo2026), runs (7).
 * Run: {@code ./mvnw -q -pl web test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.web.bench.BrowserLoginBenchmark}.
 */
public final class BrowserLoginBenchmark {

    private BrowserLoginBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String user = args.length > 1 ? args[1] : "shequ";
        String password = args.length > 2 ? args[2] : "demo2026";
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        String chromium = System.getenv().getOrDefault("TIAOJIE_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("TIAOJIE_CHROMEDRIVER", "/usr/bin/chromedriver");
        List<Double> form = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        List<Double> afterSubmit = new ArrayList<>();
        for (int run = -1; run < runs; run++) { // run -1 warms the server, not measured
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,900", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("tj-bench-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File(chromedriver)).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(10));
                long t0 = System.nanoTime();
                driver.get(base + "/login");
                wait.until(d -> !d.findElements(By.id("password")).isEmpty());
                long t1 = System.nanoTime();
                if (run == 0) {
                    System.out.println("login page, first measured run (ms): " + ((JavascriptExecutor) driver)
                            .executeScript("""
                                const n = performance.getEntriesByType('navigation')[0];
                                const r = performance.getEntriesByType('resource')
                                    .map(e => [e.name.replace(/^.*\\//, '').substring(0, 40), Math.round(e.startTime),
                                        Math.round(e.duration), e.transferSize])
                                    .sort((a, b) => b[2] - a[2]).slice(0, 6);
                                return 'html ' + Math.round(n.responseEnd) + ', DOM ready '
                                    + Math.round(n.domContentLoadedEventEnd) + ', load ' + Math.round(n.loadEventEnd)
                                    + ', now ' + Math.round(performance.now()) + '; slowest [name, start, duration, bytes]: '
                                    + JSON.stringify(r);"""));
                }
                driver.findElement(By.id("username")).sendKeys(user);
                driver.findElement(By.id("password")).sendKeys(password);
                long t2 = System.nanoTime();
                driver.findElement(By.id("login-submit")).click();
                wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                        const g = document.getElementById('tj-queue');
                        return !!g && [...g.querySelectorAll('vaadin-grid-cell-content')]
                            .some(c => c.textContent.includes('人调字'));""")));
                long t3 = System.nanoTime();
                if (run == 0) {
                    System.out.println("after the password, first measured run (ms since the queue's page began): "
                            + ((JavascriptExecutor) driver).executeScript("""
                                const n = performance.getEntriesByType('navigation')[0];
                                const r = performance.getEntriesByType('resource')
                                    .map(e => [e.name.replace(/^.*\\//, '').substring(0, 40), Math.round(e.startTime),
                                        Math.round(e.duration), e.transferSize])
                                    .sort((a, b) => a[1] - b[1]);
                                return 'redirects ' + Math.round(n.redirectEnd - n.redirectStart) + ', html '
                                    + Math.round(n.responseEnd) + ', DOM ready ' + Math.round(n.domContentLoadedEventEnd)
                                    + ', rows shown ' + Math.round(performance.now())
                                    + '; requests [name, start, duration, bytes]: ' + JSON.stringify(r);"""));
                }
                if (run >= 0) {
                    form.add((t1 - t0) / 1e6);
                    afterSubmit.add((t3 - t2) / 1e6);
                    total.add((t1 - t0 + t3 - t2) / 1e6);
                }
            } finally {
                driver.quit();
            }
        }
        System.out.printf(Locale.ROOT, "%d cold logins of %s at %s (typing time left out)%n", runs, user, base);
        print("login form ready (baseline)", form, form);
        print("submit to queue rows shown", afterSubmit, form);
        print("cold: login page to usable queue", total, form);
    }

    private static void print(String what, List<Double> ms, List<Double> base) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        List<Double> b = new ArrayList<>(base);
        Collections.sort(b);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%-36s median %7.0f ms  worst %7.0f ms  (%.1f x baseline median)%n", what, median,
                sorted.getLast(), median / b.get(b.size() / 2));
    }
}
