package org.tiaojie.web.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.dispute.DisputeRegistration;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.shared.EventPublications;
import org.tiaojie.web.BrowserCondition;

/**
 * A user's story in a real browser (Debian's headless Chromium) against the whole application on a
 * random port: one class per story, each with its own browser, the pages as page objects
 * ({@link LoginPage}, {@link CaseFilePage}, {@link IntakePage}) over one {@link Browser}.
 * Screenshots go to target/screenshots. Skipped, saying why, where no Chromium is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserCondition.class)
abstract class BrowserStory {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    DisputeRegistration registration;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventPublications publications;
    @Autowired
    org.tiaojie.documents.DocumentService documentService;
    @Autowired
    org.tiaojie.casework.shared.DataCipher cipher;

    Browser browser;
    LoginPage loginPage;
    CaseFilePage caseFile;
    IntakePage intake;

    @BeforeAll
    static void startBrowser() throws IOException {
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
            driver = null;
        }
    }

    @BeforeEach
    void freshSession() {
        browser = new Browser(driver, port);
        loginPage = new LoginPage(browser);
        caseFile = new CaseFilePage(browser, jdbc);
        intake = new IntakePage(browser);
        browser.open("login");
        driver.manage().deleteAllCookies();
    }

    /** Registers a 12345 call with an owner and the property company as parties, as the operator would. */
    protected long hotlineCase(String ref, String description) {
        long organisation = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, organisation);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
        var operator = Logins.as(accounts, "huawu");
        // a caller of its own: three calls from one number within 30 days would put the case under supervision
        String phone = "1990" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
        try {
            return registration.register(NewCase.order(ref + System.nanoTime()).category(category).in(compound)
                    .description(description).partyCount(2).caller("冯先生", phone)
                    .party(PartyDetails.person(PartyRole.APPLICANT, "冯测试", null, phone, "湖畔花园5幢"))
                    .party(PartyDetails.company(PartyRole.RESPONDENT, "青溪测试物业有限公司", null, "陈测试",
                            "19900009999", "青溪区测试路1号"))
                    .build());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            org.tiaojie.testing.Settled.await(publications); // intake supervision, if any, before anyone opens the case
        }
    }

    /** The newest 卷宗包 of a case, written as the mediator would download it. */
    protected Path packageOf(long id) throws IOException {
        var mediator = Logins.as(accounts, "shequ");
        try {
            long bundle = jdbc.queryForObject("""
                    select max(id) from case_document where dispute_id = ? and kind = 'BUNDLE'""", Long.class, id);
            Path zip = Files.createTempFile("tj-package", ".zip");
            try (var out = Files.newOutputStream(zip)) {
                documentService.writePackage(bundle, out);
            }
            return zip;
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
