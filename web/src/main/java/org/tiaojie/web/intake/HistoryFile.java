package org.tiaojie.web.intake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiaojie.casework.history.HistoryLine;
import org.tiaojie.casework.intake.ImportMapping;

/**
 * The template of a history file (历史案件导入): the finished cases of an earlier system, one per row, with the columns
 * a district's earlier register keeps (in Chinese or as field names, in any order). Read like a work-order file —
 * CSV in UTF-8 or GB18030, or XLSX, in chunks — with an error report that imports again as it is.
 */
public final class HistoryFile {

    /** The columns: field name → the Chinese heading written in the template and the reports. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("orderNumber", "原案件编号");
        COLUMNS.put("channel", "来源");
        COLUMNS.put("calledAt", "登记时间");
        COLUMNS.put("endedAt", "办结时间");
        COLUMNS.put("outcome", "调解结果");
        COLUMNS.put("outcomeNote", "结案说明");
        COLUMNS.put("callerName", "申请人");
        COLUMNS.put("callerPhone", "申请人电话");
        COLUMNS.put("compound", "小区");
        COLUMNS.put("community", "社区");
        COLUMNS.put("address", "详细地址");
        COLUMNS.put("category", "纠纷类别");
        COLUMNS.put("description", "纠纷内容");
        COLUMNS.put("partyCount", "涉及人数");
        COLUMNS.put("amount", "争议金额");
        COLUMNS.put("otherPartyRole", "其他当事人身份");
        COLUMNS.put("otherPartyName", "其他当事人姓名");
        COLUMNS.put("otherPartyPhone", "其他当事人电话");
        COLUMNS.put("otherPartyAddress", "其他当事人住址");
    }

    /** What a row must carry to be a finished case. */
    static final List<String> REQUIRED = List.of("orderNumber", "calledAt", "endedAt", "outcome", "compound",
            "category", "description");

    private static final ImportMapping.Definition TEMPLATE = WorkOrderFile.template(COLUMNS);

    private HistoryFile() {
    }

    /** Opens a history file on disk; one lacking a required column is refused naming the columns. */
    public static ImportSource<HistoryLine> open(Path file, int maxRows) {
        return open(SheetRows.Input.of(file), maxRows);
    }

    static ImportSource<HistoryLine> open(SheetRows.Input input, int maxRows) {
        return ImportSource.open(input, header -> WorkOrderFile.reading(header, TEMPLATE, REQUIRED, COLUMNS,
                h -> List.of()), reading -> (line, cells) -> HistoryLine.read(line, reading.mapping().cells(cells)::get),
                maxRows);
    }

    /** The template with one example row, for an administrator to fill from the earlier system's register. */
    public static byte[] template() {
        return WorkOrderFile.csvBytes(List.of(List.copyOf(COLUMNS.values()), List.of("（2024）青湖调字第118号", "当事人申请",
                "2024-05-06 09:30", "2024-05-20 16:00", "调解成功", "双方达成协议，物业公司于五日内修复外墙渗水。", "钱某某",
                "13800000000", "湖畔锦华苑", "湖畔社区", "湖畔锦华苑3栋2单元501室", "物业服务质量/维修响应",
                "外墙渗水导致室内墙面发霉，要求物业维修并赔偿", "1", "2000", "被申请人", "某物业服务有限公司", "", "")));
    }
}
