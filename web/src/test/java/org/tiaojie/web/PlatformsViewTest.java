package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.organisation.OrganisationOption;
import org.tiaojie.casework.platform.PlatformClientRow;
import org.tiaojie.casework.platform.PlatformClientService;
import org.tiaojie.web.admin.PlatformsView;

/** 接口平台: an administrator adds a platform, sees its key once, replaces it and disables the platform. */
@TiaojieSpringTest
class PlatformsViewTest extends SpringBrowserlessTest {

    @Autowired
    PlatformClientService platforms;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anAdministratorIssuesAKeyOnceReplacesItAndDisablesThePlatform() {
        navigate(PlatformsView.class);
        Grid<PlatformClientRow> grid = find(Grid.class).id("tj-platforms");
        int before = test(grid).size();
        assertThat(before).isPositive(); // the demo platform
        test(find(Button.class).id("tj-add")).click();
        find(TextField.class).id("tj-platform-code").setValue("Bad Code");
        find(TextField.class).id("tj-platform-name").setValue("测试市12345平台");
        ComboBox<OrganisationOption> org = find(ComboBox.class).id("tj-platform-organisation");
        test(org).selectItem("青溪区12345热线中心");
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).startsWith("平台代码须为");
        assertThat(test(grid).size()).isEqualTo(before);

        String code = "city-" + Long.toString(System.nanoTime(), 36);
        find(TextField.class).id("tj-platform-code").setValue(code);
        test(find(Button.class).id("tj-save")).click();
        String key = find(TextField.class).id("tj-issued-key").getValue();
        assertThat(key).startsWith("tj_").hasSizeGreaterThan(30);
        assertThat(platforms.authenticate(key)).hasValueSatisfying(u -> {
            assertThat(u.username()).isEqualTo("platform:" + code);
            assertThat(u.organisationName()).isEqualTo("青溪区12345热线中心");
        });
        assertThat(jdbc.queryForObject("select count(*) from platform_client where key_hash like ?", Long.class,
                "%" + key + "%")).isZero();
        $(Dialog.class).id("tj-key-dialog").close();
        assertThat(test(grid).size()).isEqualTo(before + 1);
        int row = rowOf(grid, code);
        assertThat(test(grid).getCellText(row, 3)).isEqualTo(key.substring(0, 8) + "…");

        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, "actions");
        test((Button) actions.getChildren().filter(c -> c.hasClassName("tj-rotate")).findFirst().orElseThrow()).click();
        test(find(Button.class).id("tj-save")).click();
        String replaced = find(TextField.class).id("tj-issued-key").getValue();
        assertThat(replaced).isNotEqualTo(key);
        assertThat(platforms.authenticate(key)).isEmpty();
        assertThat(platforms.authenticate(replaced)).isPresent();
        $(Dialog.class).id("tj-key-dialog").close();

        row = rowOf(grid, code);
        actions = (HorizontalLayout) test(grid).getCellComponent(row, "actions");
        test((Button) actions.getChildren().filter(c -> c.hasClassName("tj-toggle")).findFirst().orElseThrow()).click();
        assertThat(test(grid).getCellText(rowOf(grid, code), 4)).isEqualTo("停用");
        assertThat(platforms.authenticate(replaced)).isEmpty();
    }

    private int rowOf(Grid<PlatformClientRow> grid, String code) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
