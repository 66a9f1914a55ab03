package org.tiaojie.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tiaojie.casework.intake.WorkOrderService;
import org.tiaojie.casework.intake.WorkOrderStatus;
import org.tiaojie.casework.shared.CaseworkMessages;

/** The 12345 work-order API: a platform posts orders and pulls their state and reply. */
@RestController
@RequestMapping(path = "/api/v1/work-orders", produces = "application/json")
@Tag(name = "work-orders", description = "12345 工单：推送与办结反馈 / 12345 work orders: push and reply")
@SecurityRequirement(name = ApiDocs.API_KEY)
class WorkOrderController {

    private final WorkOrderService orders;

    WorkOrderController(WorkOrderService orders) {
        this.orders = orders;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "推送工单 / submit a work order",
            description = "工单编号为幂等键：同一编号再次推送（含并发）返回同一案件，状态码 200；首次为 201。"
                    + " / The order number is the idempotency key: sending it again, also concurrently, returns the"
                    + " same dispute with 200; the first time gives 201.")
    @ApiResponse(responseCode = "201", description = "已登记 / registered")
    @ApiResponse(responseCode = "200", description = "该编号已登记过 / registered before")
    @ApiResponse(responseCode = "400", description = "请求有误，逐项说明，未保存任何内容 / refused, every field named, nothing stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "密钥缺失或无效 / missing or invalid key",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<WorkOrderResponse> submit(@RequestBody WorkOrderRequest request, HttpServletRequest http) {
        if (request == null) {
            throw new EmptyBody();
        }
        WorkOrderService.Submitted submitted = orders.submit(request.toWorkOrder());
        WorkOrderStatus status = orders.status(request.orderNumber().strip()).orElseThrow();
        WorkOrderResponse body = response(status, ApiLocale.of(http), submitted.created());
        URI location = URI.create("/api/v1/work-orders/"
                + URLEncoder.encode(status.orderNumber(), StandardCharsets.UTF_8));
        return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .body(body);
    }

    @GetMapping("/{orderNumber}")
    @Operation(summary = "查询办理情况与办结反馈 / where an order stands and its reply")
    @ApiResponse(responseCode = "200", description = "工单办理情况 / the order's state")
    @ApiResponse(responseCode = "404", description = "本辖区没有该编号的工单 / no such order in the platform's area",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<WorkOrderResponse> status(
            @Parameter(description = "平台工单编号 / the platform's order number") @PathVariable String orderNumber,
            HttpServletRequest http) {
        return orders.status(orderNumber).map(s -> ResponseEntity.ok(response(s, ApiLocale.of(http), null)))
                .orElseThrow(() -> new UnknownOrder(orderNumber));
    }

    private static WorkOrderResponse response(WorkOrderStatus s, Locale locale, Boolean created) {
        return new WorkOrderResponse(s.orderNumber(), s.caseNumber(), s.state().name(),
                CaseworkMessages.label(locale, s.state()), s.organisation(), s.tier() == null ? null : s.tier().name(),
                s.registeredAt(), s.dueDate(), s.furtherCalls(), s.finished(), s.finishedAt(),
                s.closureType() == null ? null : s.closureType().name(),
                s.closureType() == null ? null : CaseworkMessages.label(locale, s.closureType()), s.reply(),
                s.replies().stream().map(r -> new WorkOrderResponse.Reply(r.finalReply() ? "FINAL" : "STAGE", r.content(),
                        r.repliedAt(), r.repliedBy(), r.organisation())).toList(), s.mergedAt(), s.replyDueAt(), created);
    }

    /** No body at all. */
    static class EmptyBody extends RuntimeException {
    }

    /** No order of that number in the platform's area. */
    static class UnknownOrder extends RuntimeException {
        final String orderNumber;

        UnknownOrder(String orderNumber) {
            this.orderNumber = orderNumber;
        }
    }
}
