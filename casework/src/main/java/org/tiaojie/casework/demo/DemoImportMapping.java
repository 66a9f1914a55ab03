package org.tiaojie.casework.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.intake.ImportMapping;
import org.tiaojie.casework.intake.ImportMappings;

/**
 * The demo platform's import mapping, as the district's administrator would keep it: the export format of the 12345
 * platform that sends the demo district its orders (工单编号, 来电时间 … 派单要求, the sample exports in the starting
 * brief's data), its 紧急程度 values, the categories whose names differ from Tiaojie's, and the platform's names of
 * the compounds the district knows by other names. An operator imports that export as it comes.
 */
@Component
class DemoImportMapping {

    static final String PLATFORM = "青溪区12345政务服务便民热线平台（演示）";

    private final ImportMappings mappings;

    DemoImportMapping(ImportMappings mappings) {
        this.mappings = mappings;
    }

    void load() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("工单编号", "orderNumber");
        columns.put("来电时间", "calledAt");
        columns.put("来电人", "callerName");
        columns.put("来电号码", "callerPhone");
        columns.put("联系电话", "contactPhone");
        // the platform's street names are its own; the compound places the case in Tiaojie's street
        columns.put("所属街道", "");
        columns.put("小区", "compound");
        columns.put("详细地址", "address");
        columns.put("诉求大类", "category");
        columns.put("诉求小类", "subCategory");
        columns.put("诉求内容", "description");
        columns.put("紧急程度", "urgent");
        columns.put("办理时限(工作日)", "replyDays");
        columns.put("派单要求", "dispatchNote");
        Map<String, Map<String, String>> values = Map.of("urgent", Map.of("一般", "否", "紧急", "是", "特急", "是"));
        List<ImportMapping.CategoryEntry> categories = List.of(
                new ImportMapping.CategoryEntry("物业服务质量", "维修响应慢", "SERVICE_QUALITY.REPAIR"),
                new ImportMapping.CategoryEntry("物业服务质量", "保洁不到位", "SERVICE_QUALITY.CLEANING"),
                new ImportMapping.CategoryEntry("物业收费", "物业费争议", "FEES.SERVICE_FEE"),
                // near-synonyms the platform files under any 大类
                new ImportMapping.CategoryEntry(null, "维修响应慢", "SERVICE_QUALITY.REPAIR"),
                new ImportMapping.CategoryEntry(null, "保洁不到位", "SERVICE_QUALITY.CLEANING"));
        List<ImportMapping.CompoundAlias> compounds = List.of(
                alias("滨河新村", "福安新村"), alias("枫林小区", "金桂园"), alias("望江台", "江畔人家"),
                alias("幸福家园", "绿城家园"), alias("东方明珠苑", "明珠小区"), alias("银杏苑", "银杏小区"),
                alias("紫荆城", "紫荆公寓"), alias("金色家园", "嘉和苑"), alias("丽景湾", "丽景华庭"),
                alias("翠湖名邸", "东湖雅居"), alias("绿洲雅苑", "碧水蓝湾"), alias("春江花月", "春晓苑"));
        mappings.saveAs(PLATFORM, new ImportMapping.Definition(columns, values, categories, compounds), null, "admin");
    }

    private static ImportMapping.CompoundAlias alias(String platformName, String compound) {
        return new ImportMapping.CompoundAlias(platformName, compound, null);
    }
}
