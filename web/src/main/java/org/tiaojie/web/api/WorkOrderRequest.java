package org.tiaojie.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.tiaojie.casework.intake.WorkOrder;

/** A 12345 work order as the platform posts it. */
@Schema(name = "WorkOrder", description = "12345 工单 / a 12345 hotline work order")
public record WorkOrderRequest(
        @Schema(description = "平台工单编号，幂等键 / the platform's order number, the idempotency key",
                example = "QX12345-20261130-0001", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 60)
        String orderNumber,
        @Schema(description = "来电人姓名 / caller's name", example = "张某某", maxLength = 50)
        String callerName,
        @Schema(description = "来电号码 / caller's phone", example = "13800000000",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String callerPhone,
        @Schema(description = "小区名称 / compound's name", example = "湖畔锦华苑",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String compound,
        @Schema(description = "所属社区，小区重名时必填 / community, needed where compound names repeat",
                example = "湖畔社区")
        String community,
        @Schema(description = "纠纷类别：代码、细类名称或“大类/细类” / category code, sub-category name or \"main/sub\"",
                example = "SERVICE_QUALITY.REPAIR", requiredMode = Schema.RequiredMode.REQUIRED)
        String category,
        @Schema(description = "诉求内容 / what the caller asks", example = "楼上漏水导致天花板发霉，物业未处理",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000)
        String description,
        @Schema(description = "涉及人数，默认 1 / people involved, 1 by default", example = "1", minimum = "1")
        Integer partyCount,
        @Schema(description = "争议金额（元）/ amount in dispute (yuan)", example = "1200.00")
        BigDecimal amount,
        @Schema(description = "紧急（电梯困人、停水停电等）/ urgent", example = "false")
        Boolean urgent,
        @Schema(description = "领导批示 / leader's instruction", example = "false")
        Boolean leaderInstruction,
        @Schema(description = "重大舆情 / major public opinion", example = "false")
        Boolean publicOpinion,
        @Schema(description = "当事人（可选）：申请人、被申请人、第三人及其身份信息、委托代理人 / the parties, where the "
                + "platform names them: applicants, respondents, third parties, with particulars and agents")
        java.util.List<WorkOrderParty> parties) {

    WorkOrder toWorkOrder() {
        return new WorkOrder(orderNumber, callerName, callerPhone, compound, community, category, description, partyCount,
                amount, urgent, leaderInstruction, publicOpinion,
                parties == null ? java.util.List.of() : parties.stream()
                        .map(p -> p == null ? null : p.toDetails()).toList());
    }
}
