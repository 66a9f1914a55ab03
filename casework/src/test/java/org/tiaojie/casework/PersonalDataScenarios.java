package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.casework.party.IdCardNumber;
import org.tiaojie.casework.shared.DataCipher;
import org.tiaojie.casework.shared.V42__Encrypt_personal_numbers;
import org.tiaojie.testing.ClearPersonalNumbers;

/**
 * Identity and phone numbers at rest (个人信息保护法 Art. 51: encryption and de-identification as security measures
 * for personal information; OWASP ASVS 4 V6.1.1, V6.2.1): kept encrypted in every table, found again through their
 * blind index — a caller's history, the repeat counts, a search by phone or ID number — and what was stored in clear
 * before is encrypted by the migration.
 */
abstract class PersonalDataScenarios extends DemoDistrictScenarios {

    @Autowired IntakeService intake;
    @Autowired DisputeQueryService queries;
    @Autowired DataCipher cipher;
    @Autowired V42__Encrypt_personal_numbers migration;
    @Autowired TransactionTemplate transactions;

    static String idNumber() {
        String first17 = "11010519" + String.format("%02d", 50 + Math.floorMod(System.nanoTime(), 40)) + "0615"
                + String.format("%03d", Math.floorMod(System.nanoTime() / 7, 1000));
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private long register(String callerPhone, PartyDetails... parties) {
        long category = jdbc.queryForObject("select id from dispute_category where code = 'SERVICE_QUALITY.REPAIR'",
                Long.class);
        return intake.registerCall(NewCase.of(Channel.HOTLINE_12345).category(category).in(freshCompound())
                .description("楼道灯坏了一个月无人修").caller("钱测试", callerPhone).parties(List.of(parties)).build(),
                null).id();
    }

    private List<Long> search(String text) {
        return queries.page(DisputeFilter.all().withText(text), DisputeSort.REGISTERED_DESC, 0, 50).stream()
                .map(DisputeRow::id).toList();
    }

    @Test
    void noIdentityNumberPhoneNumberOrSecondFactorSecretIsStoredInClearInAnyTable() throws Exception {
        login("huawu");
        String phone = phone();
        register(phone, PartyDetails.person(PartyRole.APPLICANT, "钱测试", idNumber(), phone, "测试路1号"),
                PartyDetails.person(PartyRole.RESPONDENT, "孙测试", idNumber(), phone(), null)
                        .withAgent("李代理", phone(), PartyDetails.AgentAuthority.GENERAL));
        settled();
        try (Connection c = dataSource.getConnection()) {
            String schema = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2") ? c.getSchema()
                    : c.getCatalog();
            ClearPersonalNumbers.Result scan = ClearPersonalNumbers.scan(c, schema);
            assertThat(scan.found()).as("values in clear, by column").isEmpty();
            assertThat(scan.valuesRead()).as("values read in %d columns", scan.columns()).isGreaterThan(5_000);
        }
        assertThat(jdbc.queryForObject("select count(*) from dispute_party where id_number like 'v1:%'", Long.class))
                .isGreaterThan(100);
    }

    @Test
    void aCallersHistoryAndASearchByPhoneOrIdNumberFindTheCaseThroughTheBlindIndex() {
        login("huawu");
        String caller = phone();
        String applicantId = idNumber();
        String respondentPhone = phone();
        long first = register(caller, PartyDetails.person(PartyRole.APPLICANT, "钱测试", applicantId, caller, null),
                PartyDetails.person(PartyRole.RESPONDENT, "孙测试", null, respondentPhone, null));
        long second = register(caller, PartyDetails.person(PartyRole.APPLICANT, "钱测试", null, caller, null));
        settled();

        var stored = jdbc.queryForMap("select caller_phone, caller_phone_key from dispute where id = ?", first);
        assertThat((String) stored.get("caller_phone")).startsWith("v1:").doesNotContain(caller);
        assertThat(((String) stored.get("caller_phone_key")).strip()).hasSize(32).isEqualTo(cipher.index(caller));

        assertThat(intake.callerHistory(caller)).extracting(DisputeRow::id).containsExactly(second, first);
        assertThat(search(caller)).containsExactly(second, first);
        assertThat(search(" " + applicantId.toLowerCase() + " ")).containsExactly(first);
        assertThat(search(respondentPhone)).containsExactly(first);
        assertThat(search(idNumber())).isEmpty();
        assertThat(queries.count(DisputeFilter.all().withText(caller))).isEqualTo(2);
        // read back in clear by the case file
        assertThat(jdbc.queryForObject("select count(*) from dispute_party where dispute_id = ? and id_number_key = ?",
                Long.class, first, cipher.index(applicantId))).isEqualTo(1);
    }

    @Test
    void theMigrationEncryptsNumbersStoredInClearAndIndexesThem() throws Exception {
        login("huawu");
        String caller = phone();
        String id = idNumber();
        long dispute = register(caller, PartyDetails.person(PartyRole.APPLICANT, "钱测试", id, caller, null));
        settled();
        // as a row written before V41 looks
        jdbc.update("update dispute set caller_phone = ?, caller_phone_key = null where id = ?", caller, dispute);
        jdbc.update("update dispute_party set id_number = ?, id_number_key = null, phone = ?, phone_key = null"
                + " where dispute_id = ?", id, caller, dispute);
        assertThat(intake.callerHistory(caller)).isEmpty();

        transactions.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                migration.migrate(new Context() {
                    @Override
                    public Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public Connection getConnection() {
                        return connection;
                    }
                });
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        var row = jdbc.queryForMap("select id_number, phone, id_number_key from dispute_party where dispute_id = ?",
                dispute);
        assertThat((String) row.get("id_number")).startsWith("v1:");
        assertThat(cipher.decrypt((String) row.get("id_number"))).isEqualTo(id);
        assertThat(cipher.decrypt((String) row.get("phone"))).isEqualTo(caller);
        assertThat(((String) row.get("id_number_key")).strip()).isEqualTo(cipher.index(id));
        assertThat(intake.callerHistory(caller)).extracting(DisputeRow::id).containsExactly(dispute);
        assertThat(search(id)).containsExactly(dispute);
    }
}
