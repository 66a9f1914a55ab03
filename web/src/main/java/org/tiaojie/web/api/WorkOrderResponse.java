package org.tiaojie.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** A work order's dispute as the API returns it, after POST and on GET. */
@Schema(name = "WorkOrderStatus", description = "工单办理情况与办结反馈 / where the order stands and the reply")
public record WorkOrderResponse(
        @Schema(description = "平台工单编号 / the platform's order number") String orderNumber,
        @Schema(description = "本系统案号 / Tiaojie's case number") String caseNumber,
        @Schema(description = "状态代码 / state code", example = "REGISTERED") String state,
        @Schema(description = "状态 / state, in the caller's language", example = "已登记") String stateLabel,
        @Schema(description = "承办机构 / handling organisation") String organisation,
        @Schema(description = "调解层级 / tier", example = "COMMUNITY") String tier,
        @Schema(description = "登记时间 / registered at") Instant registeredAt,
        @Schema(description = "最近时限的最后一日 / last day of the nearest deadline") LocalDate dueDate,
        @Schema(description = "并单的后续来电次数 / further calls merged into it") int furtherCalls,
        @Schema(description = "是否已办结（办结、不予受理或转办）/ finished") boolean finished,
        @Schema(description = "办结时间 / finished at") Instant finishedAt,
        @Schema(description = "办结方式代码 / closure type code") String closureType,
        @Schema(description = "办结方式 / closure type, in the caller's language") String closureLabel,
        @Schema(description = "办结反馈 / the final reply to the platform") String reply,
        @Schema(description = "全部答复（阶段性答复与办结反馈），按时间先后 / every reply, oldest first")
        java.util.List<Reply> replies,
        @Schema(description = "并单时间：本工单作为同一事项的后续来电并入已有案件时 / when this order was kept on an"
                + " open case as a further call of the same matter (并单); absent when it registered the case")
        Instant mergedAt,
        @Schema(description = "并单工单的答复期限 / when the reply to this merged order is due") Instant replyDueAt,
        @Schema(description = "本次请求是否新建了案件（仅 POST）/ whether this request created it (POST only)")
        Boolean created) {

    /** One reply written to the platform. */
    @Schema(name = "WorkOrderReply", description = "一次答复 / one reply")
    public record Reply(
            @Schema(description = "STAGE 阶段性答复 / FINAL 办结反馈", example = "FINAL") String kind,
            @Schema(description = "答复内容 / the words") String content,
            @Schema(description = "答复时间 / when") Instant repliedAt,
            @Schema(description = "答复人 / who wrote it") String repliedBy,
            @Schema(description = "承办机构 / for which organisation") String organisation) {
    }
}
