package org.tiaojie.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.intake.CompoundMatch;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.web.TiaojieSpringTest;

/**
 * The import preview (#28): a platform's names the rows fail on are offered once, resolved by the operator and
 * remembered, and the file checked again; an order sent again with other content is said as such, with the choice
 * of what becomes of it, and the import button counts it only once the operator has chosen.
 */
@TiaojieSpringTest
class ImportPreviewTest extends SpringBrowserlessTest {

    static final String HEADER = "工单编号,来电时间,来电人,来电号码,联系电话,所属街道,小区,详细地址,诉求大类,诉求小类,诉求内容,紧急程度,"
            + "办理时限(工作日),派单要求\n";

    @Autowired IntakeService intake;
    @Autowired CategoryService categories;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.tiaojie.casework.intake.ImportMappings mappings;
    @Autowired WorkOrderImportService imports;

    File file(String rows) throws Exception {
        File f = Files.createTempFile("tj-preview-", ".csv").toFile();
        Files.writeString(f.toPath(), HEADER + rows, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    @WithUserDetails("huawu")
    @SuppressWarnings("unchecked")
    void unknownNamesAreResolvedOnceAndAResendIsOffered() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String compound = "预览新城" + run;
        String elsewhere = "邻区" + run;
        String rows = ("PV%1$s1,2026-11-02 10:00:00,孙预览,13900020001,,西湖街道,%2$s,1栋,车辆%1$s,乱停车,车位被占。,一般,15,\n"
                + "PV%1$s2,2026-11-02 11:00:00,孙预览,13900020002,,西湖街道,%3$s,2栋,停车管理,,车位被占。,一般,15,\n")
                .formatted(run, compound, elsewhere);
        ImportView view = navigate(ImportView.class);
        view.read("preview.csv", file(rows));
        assertThat(find(Span.class).id("tj-import-summary").getText()).contains("有错误 2 行");
        UnknownNames names = (UnknownNames) find(UnknownNames.class).single();
        assertThat(names.isVisible()).isTrue();

        // the first compound name: a compound of the area; the second: another district's; the pair: 停车管理
        CompoundMatch jinhua = intake.findCompounds("锦华苑", 5).getFirst();
        CategoryRow parking = categories.findAll().stream().filter(c -> c.code().equals("PARKING")).findFirst()
                .orElseThrow();
        // offered in the order the file names them (equal counts): the compound, the other district's, the pair
        ComboBox<CompoundMatch> first = find(ComboBox.class).id("tj-unknown-compound-0");
        assertThat(first.getAriaLabel()).hasValueSatisfying(l -> assertThat(l).contains(compound));
        first.setValue(jinhua);
        find(Checkbox.class).id("tj-unknown-compound-1-elsewhere").setValue(true);
        ((ComboBox<CategoryRow>) find(ComboBox.class).id("tj-unknown-category-2")).setValue(parking);
        test(find(Button.class).id("tj-unknown-remember")).click();

        assertThat(find(Span.class).id("tj-import-summary").getText()).contains("可导入 1 行", "有错误 0 行",
                "其他区的小区 1 行不导入");
        assertThat(names.isVisible()).isFalse();
        // imported as the screen's import does, chunk by chunk through the service
        ImportSource<org.tiaojie.casework.intake.ImportLine> source = ImportSource.open(file(rows).toPath(),
                mappings::candidates, 1000);
        java.util.Set<String> seen = new java.util.HashSet<>();
        source.chunks(1000, chunk -> imports.importAll(chunk.lines(), n -> { }, seen));
        assertThat(jdbc.queryForObject("select count(*) from dispute where external_ref = ?", Long.class,
                "PV" + run + "1")).isOne();

        // the same orders again with other words: said, and kept only once the operator chooses
        view.read("again.csv", file(rows.replace("车位被占。", "车位被占，已经一个月。")));
        assertThat(find(Span.class).id("tj-import-summary").getText()).contains("内容有变化的已登记工单 1 行");
        RadioButtonGroup<WorkOrderImportService.Resend> resend = find(RadioButtonGroup.class).id("tj-import-resend");
        assertThat(resend.isVisible()).isTrue();
        Button start = find(Button.class).id("tj-import-start");
        assertThat(start.isEnabled()).isFalse();
        resend.setValue(WorkOrderImportService.Resend.CONTACT);
        assertThat(start.isEnabled()).isTrue();
        assertThat(start.getText()).contains("1");
    }
}
