package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.intake.ImportMapping;
import org.tiaojie.casework.intake.ImportMappings;
import org.tiaojie.web.admin.ImportMappingsView;

/** 导入映射: an administrator reads the demo platform's mapping, adds a compound name and a new platform's mapping. */
@TiaojieSpringTest
class ImportMappingsViewTest extends SpringBrowserlessTest {

    @Autowired
    ImportMappings mappings;

    ImportMappings.Row demo() {
        return mappings.all().stream().filter(r -> r.platform().equals("青溪区12345政务服务便民热线平台（演示）")).findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anAdministratorKeepsAPlatformsMappingAndARefusalIsShownByTheSaveButton() {
        navigate(ImportMappingsView.class);
        assertThat(find(TextField.class).id("tj-mapping-platform").getValue()).isEqualTo("青溪区12345政务服务便民热线平台（演示）");
        assertThat(find(TextField.class).id("tj-mapping-column-0-0").getValue()).isEqualTo("工单编号");
        ComboBox<String> first = find(ComboBox.class).id("tj-mapping-column-0-1");
        assertThat(first.getValue()).isEqualTo("orderNumber");
        ComboBox<String> street = find(ComboBox.class).id("tj-mapping-column-5-1");
        assertThat(street.getValue()).isEqualTo("-"); // 所属街道, not imported

        // the platform calls one more compound by a name of its own
        int aliases = demo().definition().compounds().size();
        test(find(Button.class).id("tj-mapping-compound-add")).click();
        find(TextField.class).id("tj-mapping-compound-" + aliases + "-0").setValue("湖景新城");
        find(TextField.class).id("tj-mapping-compound-" + aliases + "-1").setValue("锦华苑");
        test(find(Button.class).id("tj-mapping-save")).click();
        assertThat(demo().definition().compounds()).contains(new ImportMapping.CompoundAlias("湖景新城", "锦华苑", null));
        assertThat(demo().definition().columns()).containsEntry("所属街道", "");

        // a new platform without a name is refused by the button, nothing saved
        int platforms = mappings.all().size();
        test(find(Button.class).id("tj-mapping-new")).click();
        find(TextField.class).id("tj-mapping-column-0-0").setValue("单号");
        test(find(Button.class).id("tj-mapping-save")).click();
        assertThat(find(Span.class).id("tj-mapping-error").getText()).isEqualTo("请填写平台名称。");
        assertThat(mappings.all()).hasSize(platforms);
        String name = "测试市热线" + Long.toString(System.nanoTime(), 36);
        find(TextField.class).id("tj-mapping-platform").setValue(name);
        test(find(Button.class).id("tj-mapping-save")).click();
        assertThat(mappings.all()).hasSize(platforms + 1).anySatisfy(r -> {
            assertThat(r.platform()).isEqualTo(name);
            assertThat(r.definition().columns()).containsEntry("单号", "orderNumber");
        });
        assertThat(mappings.named(name, List.of("单号", "电话"))).hasValueSatisfying(
                m -> assertThat(m.unknownHeadings()).containsExactly("电话"));
    }
}
