package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.CaseDossierService;
import org.tiaojie.casework.fixture.Logins;

/**
 * The demo district's paper as it is stored after start-up (issue #25): every written agreement has its printed
 * 协议书, which names the committee in its body and on its seal (人民调解法 Art. 29: the parties' particulars,
 * the mediator's signature, the committee's seal) and every party of its case; every case at the court went
 * there with a 卷宗 built before the referral; and no stored document prints a login id. The context is shared with
 * the other view tests (a second one in this JVM would take Vaadin's security context from them), so the demo's own
 * cases are told apart as the first ones registered: tests register theirs after the district is written.
 */
@TiaojieSpringTest
class DemoDistrictPaperTest {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseDossierService dossiers;
    @Autowired
    AccountService accounts;
    @org.springframework.beans.factory.annotation.Value("${tiaojie.demo-data.disputes}")
    int demoDisputes;

    /** The id of the demo district's last dispute: every dispute a test registers comes after it. */
    private long lastDemoDispute() {
        return jdbc.queryForList("select id from dispute order by id", Long.class).get(demoDisputes - 1);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyWrittenAgreementIsPrintedNamingTheCommitteeOnItsSealAndEveryParty() throws IOException {
        Logins.as(accounts, "admin");
        List<Map<String, Object>> agreements = jdbc.queryForList("""
                select a.id, a.dispute_id, (select count(*) from case_document c where c.kind = 'AGREEMENT'
                and c.record_key = a.id) printed from agreement a where a.kind = 'WRITTEN' and a.dispute_id <= ?""",
                lastDemoDispute());
        assertThat(agreements).hasSizeGreaterThan(20);
        assertThat(agreements).allSatisfy(a -> assertThat(((Number) a.get("printed")).longValue())
                .as("协议书 of agreement %s", a.get("id")).isPositive());
        int threeParties = 0;
        for (Map<String, Object> row : jdbc.queryForList("""
                select c.id, c.dispute_id, d.data from case_document c join case_document_data d on d.document_id = c.id
                where c.kind = 'AGREEMENT'""")) {
            String text = text((byte[]) row.get("data"));
            CaseDossier dossier = dossiers.dossier(((Number) row.get("dispute_id")).longValue());
            String committee = dossier.organisation().committee();
            String seal = dossier.organisation().seal() == null ? committee : dossier.organisation().seal();
            assertThat(text).as("协议书 %s", row.get("id")).contains("经" + committee + "主持调解").contains(seal + "（印章）")
                    .doesNotContain("调解室（印章）").doesNotContain("中心（印章）");
            for (CaseDossier.Party party : dossier.parties()) {
                assertThat(text).as("协议书 %s names %s", row.get("id"), party.name()).contains(party.name());
            }
            if (dossier.parties().size() >= 3 && text.contains("委托代理人")) {
                threeParties++;
            }
        }
        assertThat(threeParties).as("agreements of three-party cases with an agent").isPositive();
    }

    @Test
    void everyCaseAtTheCourtWentWithABundleItsMediatorBuiltBeforeTheReferral() {
        // each demo case's first referral (tests may return one and refer it again)
        List<Map<String, Object>> referred = jdbc.queryForList("""
                select r.dispute_id id, r.sent_at, r.sent_by, c.created_at, c.created_by from court_referral r
                left join case_document c on c.id = r.bundle_document_id and c.kind = 'BUNDLE'
                where r.kind = 'CASE_TRANSFER' and r.dispute_id <= ? and r.id = (select min(x.id) from court_referral x
                where x.dispute_id = r.dispute_id and x.kind = 'CASE_TRANSFER')""", lastDemoDispute());
        assertThat(referred).isNotEmpty();
        assertThat(referred).allSatisfy(r -> {
            assertThat(r.get("created_at")).as("卷宗 of case %s", r.get("id")).isNotNull();
            assertThat(((Timestamp) r.get("created_at")).toInstant()).isBefore(((Timestamp) r.get("sent_at")).toInstant());
            assertThat(r.get("created_by")).isEqualTo(r.get("sent_by"));
        });
    }

    /** The 卷宗's cover states its 保管期限: that of the record type (a file sent to the court: 30年 by default). */
    @Test
    void aBundleForTheCourtStatesTheRetentionPeriodOfItsRecordType() throws IOException {
        byte[] pdf = jdbc.queryForObject("""
                select d.data from court_referral r join case_document_data d on d.document_id = r.bundle_document_id
                where r.kind = 'CASE_TRANSFER' and r.dispute_id <= ? order by r.id limit 1""", byte[].class,
                lastDemoDispute());
        assertThat(text(pdf)).contains("保管期限30年");
    }

    @Test
    void noStoredDocumentPrintsALoginId() throws IOException {
        Set<String> logins = new HashSet<>(jdbc.queryForList("select username from app_user", String.class));
        logins.addAll(jdbc.queryForList("select code from platform_client", String.class));
        List<Map<String, Object>> stored = jdbc.queryForList("""
                select c.id, c.kind, d.data from case_document c join case_document_data d on d.document_id = c.id""");
        assertThat(stored).extracting(r -> r.get("kind")).contains("AGREEMENT", "BUNDLE");
        for (Map<String, Object> row : stored) {
            Matcher words = LATIN_WORD.matcher(text((byte[]) row.get("data")));
            while (words.find()) {
                assertThat(logins).as("%s %s prints “%s”", row.get("kind"), row.get("id"), words.group())
                        .doesNotContain(words.group());
            }
        }
    }

    /** The document's text with the layout's spaces and line breaks taken out. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
