package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An operator imports a work-order file with two bad rows. */
class ImportStoryIT extends BrowserStory {

    @Test
    void anOperatorImportsAWorkOrderFileWithTwoBadRows() throws IOException {
        List<String> compounds = jdbc.queryForList(
                "select min(c.name) from compound c group by c.name having count(*) = 1 order by min(c.name)", String.class);
        String prefix = "E2E-" + Long.toString(System.nanoTime(), 36) + "-";
        StringBuilder csv = new StringBuilder("工单编号,来电人,来电号码,小区,纠纷类别,诉求内容,涉及人数,紧急\n");
        for (int i = 1; i <= 24; i++) {
            String phone = i == 7 ? "1380000" : "1370" + String.format("%07d", Math.floorMod(System.nanoTime() + i, 10_000_000L));
            String compound = i == 15 ? "无此小区" : compounds.get(i % compounds.size());
            csv.append(prefix).append(i).append(",韩测试").append(i).append(',').append(phone).append(',')
                    .append(compound).append(",物业服务质量/保洁,楼道垃圾无人清运第").append(i).append("天,1,否\n");
        }
        Path file = Files.createTempFile("tj-orders", ".csv");
        Files.writeString(file, csv.toString());
        loginPage.login("huawu", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/operator"));
        browser.driver().get(browser.url("import"));
        browser.waitForText("下载模板");
        var upload = browser.driver().findElement(By.id("tj-import-upload"));
        var light = upload.findElements(By.cssSelector("input[type=file]"));
        var input = light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : light.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waitForText("可导入 22 行，已导入过 0 行，有错误 2 行");
        browser.shot("import-checked-zh");
        browser.clickId("tj-import-start");
        browser.waiting().withMessage(() -> "import result on " + browser.bodyText()).until(d -> browser.bodyText().contains("新登记 22 件"));
        browser.shot("import-done-zh");
        assertThat(jdbc.queryForObject("select count(*) from dispute where external_ref like ?", Long.class,
                prefix + "%")).isEqualTo(22);
        Files.deleteIfExists(file);
    }
}
