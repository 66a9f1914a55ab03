package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.intake.CompoundMatch;
import org.tiaojie.web.intake.IntakeView;

/**
 * 来电登记 without a browser: a call is registered with its case number shown and the form emptied;
 * a second call from the same phone is shown the first case and merged into it; bad input gets
 * its message and stores nothing; a petition needs its number and keeps its scanned letter.
 */
@TiaojieSpringTest
class IntakeViewTest extends SpringBrowserlessTest {

    @Autowired org.tiaojie.casework.shared.DataCipher cipher;

    @Autowired
    JdbcTemplate jdbc;

    /** A compound of its own in the operator's district, so no demo dispute is a repeat there. */
    String freshCompound() {
        long community = jdbc.queryForObject("""
                select min(m.id) from community m join street s on s.id = m.street_id
                where s.district_id = (select o.district_id from app_user u join organisation o on o.id = u.organisation_id
                  where u.username = 'huawu')""", Long.class);
        long id = 920_000_000L + Math.floorMod(System.nanoTime(), 70_000_000L);
        String name = "来电测试苑" + id;
        jdbc.update("insert into compound (id, community_id, name, pinyin_initials, address, households, "
                + "property_company_id, version) values (?, ?, ?, ?, ?, 200, (select min(id) from property_company), 0)",
                id, community, name, "ldcsy" + id, "测试大道" + id + "号");
        return name;
    }

    static String phone() {
        return "1970" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
    }

    long disputes() {
        return jdbc.queryForObject("select count(*) from dispute", Long.class);
    }

    @SuppressWarnings("unchecked")
    void fill(String phone, String compoundName, String text) {
        find(TextField.class).id("tj-intake-phone").setValue(phone);
        find(TextField.class).id("tj-intake-name").setValue("郑测试");
        ComboBox<CompoundMatch> compound = find(ComboBox.class).id("tj-intake-compound");
        test(compound).setFilter(compoundName);
        test(compound).selectItem(test(compound).getSuggestions().getFirst());
        ComboBox<CategoryRow> top = find(ComboBox.class).id("tj-intake-category");
        test(top).selectItem("物业服务质量");
        ComboBox<CategoryRow> sub = find(ComboBox.class).id("tj-intake-subcategory");
        test(sub).selectItem("维修响应");
        find(TextArea.class).id("tj-intake-description").setValue(text);
    }

    @Test
    @WithUserDetails("huawu")
    @SuppressWarnings("unchecked")
    void aCallIsRegisteredAndASecondCallFromThePhoneIsMergedIntoIt() {
        navigate(IntakeView.class);
        String compound = freshCompound();
        String caller = phone();
        long before = disputes();
        fill(caller, compound, "楼道灯坏了一个月，物业报修不处理");
        assertThat(find(TextField.class).id("tj-intake-respondent").getValue()).isNotBlank();
        test(find(Button.class).id("tj-intake-submit")).click();

        Anchor number = find(Anchor.class).id("tj-intake-case-number");
        long id = jdbc.queryForObject("select id from dispute where caller_phone_key = ?",
                    Long.class, cipher.index(caller));
        assertThat(number.getText()).isEqualTo(
                jdbc.queryForObject("select case_number from dispute where id = ?", String.class, id));
        assertThat(disputes()).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("select role from dispute_party where dispute_id = ? order by role", String.class,
                id)).containsExactly("APPLICANT", "RESPONDENT");
        assertThat(find(TextField.class).id("tj-intake-phone").getValue()).isEmpty();
        assertThat(find(TextArea.class).id("tj-intake-description").getValue()).isEmpty();

        // the same caller again: the history shows the first case, submit asks, merge keeps one dispute
        fill(caller, compound, "还是楼道灯的事，再次来电催促");
        assertThat(find(Div.class).id("tj-intake-history").getElement().getTextRecursively())
                .contains(number.getText());
        assertThat(find(Div.class).id("tj-intake-duplicates").getElement().getTextRecursively())
                .contains(number.getText(), "同一来电人");
        test(find(Button.class).id("tj-intake-submit")).click();
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class).id("tj-duplicate-prompt").isOpened()).isTrue();
        var prompt = $(com.vaadin.flow.component.grid.Grid.class).id("tj-duplicate-grid");
        assertThat(test(prompt).getCellText(0, 0)).isEqualTo(number.getText());
        test((Button) test(prompt).getCellComponent(0, "merge")).click();
        assertThat(disputes()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select contact_count from dispute where id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(find(Div.class).id("tj-intake-result").getElement().getTextRecursively())
                .contains("已并入案件", number.getText());
    }

    @Test
    @WithUserDetails("huawu")
    @SuppressWarnings("unchecked")
    void aLeakWithThreePartiesIsRegisteredWithTheUpstairsOwnerAndHerAgent() {
        navigate(IntakeView.class);
        String caller = phone();
        fill(caller, freshCompound(), "楼上卫生间漏水，楼下天花板发霉");
        test(find(Button.class).id("tj-intake-add-party")).click();
        find(TextField.class).id("tj-party-name").setValue("韩测试");
        find(TextField.class).id("tj-party-id").setValue("1101011990030775X0"); // not a valid number
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).contains("身份证");
        find(TextField.class).id("tj-party-id").setValue("110101199003077571");
        find(TextField.class).id("tj-party-agent").setValue("韩代理");
        find(Select.class).id("tj-party-authority").setValue(
                org.tiaojie.casework.dispute.PartyDetails.AgentAuthority.SPECIAL);
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Div.class).id("tj-intake-party-1").getElement().getTextRecursively())
                .contains("第三人", "韩测试", "韩代理");
        test(find(Button.class).id("tj-intake-submit")).click();
        long id = jdbc.queryForObject("select id from dispute where caller_phone_key = ?",
                    Long.class, cipher.index(caller));
        assertThat(jdbc.queryForList("select role from dispute_party where dispute_id = ? order by id", String.class,
                id)).containsExactly("APPLICANT", "RESPONDENT", "THIRD_PARTY");
        assertThat(jdbc.queryForObject("select agent_name from dispute_party where dispute_id = ? and role = 'THIRD_PARTY'",
                String.class, id)).isEqualTo("韩代理");
        assertThat(find(Div.class).withId("tj-intake-party-1").all()).as("the form is empty for the next call").isEmpty();
    }

    @Test
    @WithUserDetails("huawu")
    @SuppressWarnings("unchecked")
    void badInputIsExplainedAndNothingIsStored() {
        navigate(IntakeView.class);
        long before = disputes();
        find(TextField.class).id("tj-intake-phone").setValue(phone());
        find(TextArea.class).id("tj-intake-description").setValue("没有选小区");
        test(find(Button.class).id("tj-intake-submit")).click();
        assertThat(find(Span.class).id("tj-intake-error").getText()).isEqualTo("请选择或填写小区。");

        fill("010-12", freshCompound(), "号码不对");
        test(find(Button.class).id("tj-intake-submit")).click();
        assertThat(find(Span.class).id("tj-intake-error").getText()).contains("电话号码格式不正确");
        assertThat(find(TextArea.class).id("tj-intake-description").getValue()).isEqualTo("号码不对");

        Select<Channel> channel = find(Select.class).id("tj-intake-channel");
        channel.setValue(Channel.PETITION_LETTER);
        test(find(Button.class).id("tj-intake-submit")).click();
        assertThat(find(Span.class).id("tj-intake-error").getText()).isEqualTo("请填写信访件编号。");
        assertThat(disputes()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("huawu")
    @SuppressWarnings("unchecked")
    void aPetitionKeepsItsScannedLetter() throws Exception {
        navigate(IntakeView.class);
        Select<Channel> channel = find(Select.class).id("tj-intake-channel");
        channel.setValue(Channel.PETITION_LETTER);
        String number = "XF-" + System.nanoTime();
        fill("", freshCompound(), "来信反映电梯维修拖延");
        find(TextField.class).id("tj-intake-reference").setValue(number);
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        test(find(Upload.class).id("tj-intake-scan")).upload("来信.png", "image/png", png.toByteArray());
        test(find(Button.class).id("tj-intake-submit")).click();
        long id = jdbc.queryForObject("select id from dispute where external_ref = ?", Long.class, number);
        assertThat(jdbc.queryForObject("select channel from dispute where id = ?", String.class, id))
                .isEqualTo("PETITION_LETTER");
        assertThat(jdbc.queryForList("select file_name from case_attachment where dispute_id = ? and kind = ?",
                String.class, id, "PETITION_LETTER")).isEqualTo(List.of("来信.png"));

        // the same petition number again: the operator is told it exists, nothing is added
        String compound = jdbc.queryForObject("select c.name from dispute d join compound c on c.id = d.compound_id"
                + " where d.id = ?", String.class, id);
        fill("", compound, "同一封来信再次录入");
        find(TextField.class).id("tj-intake-reference").setValue(number);
        test(find(Button.class).id("tj-intake-submit")).click();
        if (!$(com.vaadin.flow.component.dialog.Dialog.class).all().isEmpty()) {
            test(find(Button.class).id("tj-register-anyway")).click();
        }
        assertThat(find(Div.class).id("tj-intake-result").getElement().getTextRecursively())
                .startsWith("该编号已登记过");
        assertThat(jdbc.queryForObject("select count(*) from dispute where external_ref = ?", Long.class, number))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from case_attachment where dispute_id = ?", Long.class, id))
                .isOne();
    }

    @Test
    @WithUserDetails("huawu")
    @SuppressWarnings("unchecked")
    void compoundsAreFoundByPinyinInitials() {
        navigate(IntakeView.class);
        ComboBox<CompoundMatch> compound = find(ComboBox.class).id("tj-intake-compound");
        test(compound).setFilter("jhy");
        assertThat(test(compound).getSuggestions()).isNotEmpty().allMatch(s -> s.contains("锦华苑") || s.contains("嘉和苑"));
    }

    /** Issue #27: Enter on typed initials takes the only compound they find; several are said beside the field. */
    @Test
    @WithUserDetails("huawu")
    @SuppressWarnings("unchecked")
    void enterTakesTheOnlyCompoundTheTypedTextFinds() {
        navigate(IntakeView.class);
        ComboBox<CompoundMatch> compound = find(ComboBox.class).id("tj-intake-compound");
        com.vaadin.flow.component.ComponentUtil.fireEvent(compound,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(compound, true, "hpjhy"));
        assertThat(compound.getValue()).isNotNull();
        assertThat(compound.getValue().name()).isEqualTo("湖畔锦华苑");
        assertThat(compound.isInvalid()).isFalse();
        compound.clear();
        com.vaadin.flow.component.ComponentUtil.fireEvent(compound,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(compound, true, "jhy"));
        assertThat(compound.getValue()).isNull();
        assertThat(compound.isInvalid()).isTrue();
        assertThat(compound.getErrorMessage()).contains("jhy", "不止一个");
    }
}
