package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.web.search.SearchView;

/** 案件检索: a word inside a registered description is found, the exact phrase first, only inside the area. */
@TiaojieSpringTest
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    IntakeService intake;
    @Autowired
    JdbcTemplate jdbc;

    long register(long compound, String text) {
        long category = jdbc.queryForObject("select id from dispute_category where code = 'SERVICE_QUALITY.REPAIR'",
                Long.class);
        return intake.register(NewCase.of(Channel.HOTLINE_12345).category(category).in(compound)
                .description(text)
                .caller("褚测试", "1950" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L)))
                .build(), null);
    }

    @Test
    @WithUserDetails("huawu")
    @SuppressWarnings("unchecked")
    void aWordInsideADescriptionIsFoundAndTheExactPhraseRanksFirst() {
        long compound = jdbc.queryForObject("select min(id) from compound", Long.class);
        long scattered = register(compound, "厨房燃气表附近有异味，怀疑管道老化，燃气公司说归物业");
        long exact = register(compound, "楼道燃气管道异味严重");
        navigate(SearchView.class);
        find(TextField.class).id("tj-search-text").setValue("燃气管道异味");
        test(find(Button.class).id("tj-search-go")).click();
        assertThat(find(Span.class).id("tj-search-found").getText()).isEqualTo("“燃气管道异味”找到 2 件，按相关程度排列");
        Grid<DisputeRow> grid = find(Grid.class).id("tj-search-results");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).id()).isEqualTo(exact);
        assertThat(test(grid).getRow(1).id()).isEqualTo(scattered);

        find(TextField.class).id("tj-search-text").setValue("燃气 地下室");
        test(find(Button.class).id("tj-search-go")).click();
        assertThat(test(grid).size()).isZero();
    }
}
