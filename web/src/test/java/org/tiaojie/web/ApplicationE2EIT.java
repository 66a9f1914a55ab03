package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The newcomer's story in a real browser (Debian's headless Chromium): the Chinese login page,
 * every demo role's home screen with data, the admin screens, English, and the refusals.
 * Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserCondition.class)
class ApplicationE2EIT {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserCondition.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("tj-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(BrowserCondition.CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void freshSession() {
        driver.get(url("login"));
        driver.manage().deleteAllCookies();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "waiting for \"" + text + "\" on " + driver.getCurrentUrl() + ", page says: " + bodyText())
                .until(d -> bodyText().contains(text));
    }

    private String bodyText() {
        // visible text plus the text inside components' shadow roots (the login form's error sits there)
        Object text = ((JavascriptExecutor) driver).executeScript("""
                let out = document.body ? document.body.innerText : '';
                const walk = (root) => root.querySelectorAll('*').forEach(e => {
                  if (e.shadowRoot) { out += '\\n' + e.shadowRoot.textContent; walk(e.shadowRoot); }
                });
                walk(document);
                return out;""");
        return text == null ? "" : text.toString();
    }

    private void login(String username, String password) {
        driver.get(url("login"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    private void shot(String name) throws IOException {
        // let the grid render its rows before the picture
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    @Test
    void loginPageIsChineseAndAWrongPasswordChangesNothing() throws IOException {
        driver.get(url("login"));
        waitForText("物业纠纷调解平台");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        shot("login-zh");
        login("shequ", "wrong-password");
        waitForText("用户名或密码错误");
        assertThat(driver.getCurrentUrl()).contains("/login");
        shot("login-error-zh");
    }

    @Test
    void everyRoleSeesItsHomeScreenWithData() throws IOException {
        record Home(String user, String path, String title, String gridId) {
        }
        for (Home home : List.of(new Home("huawu", "operator", "话务台", "tj-recent"),
                new Home("shequ", "mediator", "我的案件", "tj-queue"),
                new Home("jiedao", "mediator", "我的案件", "tj-queue"),
                new Home("duban", "supervisor", "督办总览", "tj-overdue-list"),
                new Home("fayuan", "court", "移送案件", "tj-referrals"),
                new Home("admin", "admin/organisations", "组织机构", "tj-organisations"))) {
            driver.manage().deleteAllCookies();
            login(home.user(), "demo2026");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().endsWith("/" + home.path()));
            waitForText(home.title());
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> rows(home.gridId()) > 0);
            shot("home-" + home.user() + "-zh");
        }
    }

    private long rows(String gridId) {
        Object size = ((JavascriptExecutor) driver).executeScript(
                "const g = document.getElementById(arguments[0]); return g ? (g.size || 0) : 0;", gridId);
        return size instanceof Number n ? n.longValue() : 0;
    }

    @Test
    void adminScreensInChineseAndEnglish() throws IOException {
        login("admin", "demo2026");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().endsWith("/admin/organisations"));
        for (String lang : List.of("zh", "en")) {
            if (lang.equals("en")) {
                driver.manage().addCookie(new Cookie("tiaojie-lang", "en"));
            }
            for (String[] screen : List.of(new String[] {"admin/organisations", "tj-organisations"},
                    new String[] {"admin/users", "tj-users"}, new String[] {"admin/categories", "tj-categories"},
                    new String[] {"admin/calendar", "tj-calendar"}, new String[] {"admin/deadlines", "tj-deadlines"},
                    new String[] {"admin/routing", "tj-street-parties"}, new String[] {"admin/jobs", "tj-jobs"})) {
                driver.get(url(screen[0]));
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(d -> screen[0].equals("admin/routing") ? !d.findElements(By.id(screen[1])).isEmpty()
                                : rows(screen[1]) > 0);
                shot(screen[0].replace('/', '-') + "-" + lang);
            }
        }
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        waitForText("Working-day calendar");
    }

    @Test
    void otherRolesHomeScreensInEnglish() throws IOException {
        for (String[] home : List.of(new String[] {"huawu", "Hotline desk"}, new String[] {"shequ", "My cases"},
                new String[] {"duban", "Supervision overview"}, new String[] {"fayuan", "Referred cases"})) {
            driver.manage().deleteAllCookies();
            driver.manage().addCookie(new Cookie("tiaojie-lang", "en"));
            login(home[0], "demo2026");
            waitForText(home[1]);
            shot("home-" + home[0] + "-en");
        }
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("tiaojie-lang", "en"));
        driver.get(url("login"));
        waitForText("Property Dispute Mediation");
        shot("login-en");
    }

    @Test
    void unknownAddressesAndOtherRolesScreensAreRefusedKindly() throws IOException {
        login("shequ", "demo2026");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        driver.get(url("admin/users"));
        waitForText("无权访问");
        assertThat(bodyText()).doesNotContain("用户管理");
        shot("refused-admin-zh");
        driver.get(url("no/such/page"));
        waitForText("页面不存在");
        shot("not-found-zh");
    }

    @Test
    void aMediatorOpensACaseFileFromTheQueue() throws IOException {
        login("shequ", "demo2026");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> rows("tj-queue") > 0);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.xpath("//vaadin-grid-cell-content[contains(., '人调字')]")).isEmpty());
        driver.findElements(By.xpath("//vaadin-grid-cell-content[contains(., '人调字')]")).getFirst().click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/case/"));
        waitForText("办理时限");
        waitForText("办理记录");
        shot("case-file-zh");
        var actions = driver.findElements(By.cssSelector("#tj-actions vaadin-button"));
        if (!actions.isEmpty()) {
            actions.getFirst().click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("tj-save")).isEmpty());
            shot("case-action-dialog-zh");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.tiaojie.casework.dispute.DisputeService disputes;
    @org.springframework.beans.factory.annotation.Autowired
    org.tiaojie.casework.account.AccountService accounts;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void act(String buttonId, String reason, String expectedState) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.id(buttonId)).isEmpty());
        driver.findElement(By.id(buttonId)).click();
        wait.until(d -> !d.findElements(By.id("tj-save")).isEmpty());
        if (reason != null) {
            driver.findElement(By.cssSelector("#tj-reason textarea")).sendKeys(reason);
        }
        driver.findElement(By.id("tj-save")).click();
        wait.withMessage(() -> "state after " + buttonId + ": " + bodyText())
                .until(d -> d.findElements(By.id("tj-case-state")).stream().anyMatch(e -> e.getText().equals(expectedState)));
    }

    @Test
    void aMediatorTakesACaseFromAcceptanceToArchive() throws IOException {
        long organisation = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, organisation);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
        var operator = accounts.loadUserByUsername("huawu");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        operator.withoutPassword(), null, operator.getAuthorities()));
        long id;
        try {
            id = disputes.register(new org.tiaojie.casework.dispute.NewDispute(
                    org.tiaojie.casework.dispute.Channel.HOTLINE_12345, "GD-E2E-" + System.nanoTime(), category, compound,
                    "地面车位被长期占用，业主无法停车", null, 2, "冯先生", "19900008888", false, false, false));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        login("shequ", "demo2026");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        driver.get(url("case/" + id));
        waitForText("办理时限");
        act("tj-accept", null, "已受理");
        act("tj-mediate", null, "调解中");
        act("tj-agree", null, "达成协议");
        shot("case-agreed-zh");
        act("tj-closeAgreed", "双方签订调解协议，物业清理占用车位", "已办结");
        act("tj-revisit", "电话回访，业主表示满意", "已回访");
        act("tj-archive", null, "已归档");
        shot("case-archived-zh");
        assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ?", Long.class, id))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("select closure_type from dispute where id = ?", String.class, id))
                .isEqualTo("AGREEMENT");
    }
}
