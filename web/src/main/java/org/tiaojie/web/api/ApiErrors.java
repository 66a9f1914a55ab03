package org.tiaojie.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tiaojie.casework.intake.WorkOrderRejected;
import org.tiaojie.casework.shared.CaseworkException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The API's refusals as RFC 9457 problem details: a Chinese (or English) message, and for bad
 * fields an {@code errors} list of {@code {field, message}} naming each field by its JSON path.
 */
@RestControllerAdvice(assignableTypes = WorkOrderController.class)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(WorkOrderRejected.class)
    ResponseEntity<ProblemDetail> rejected(WorkOrderRejected e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message(locale))).toList();
        return problem(HttpStatus.BAD_REQUEST, errors.stream().map(m -> m.get("message"))
                .collect(Collectors.joining(" ")), errors);
    }

    @ExceptionHandler(CaseworkException.class)
    ResponseEntity<ProblemDetail> refused(CaseworkException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.getLocalizedMessage(ApiLocale.of(request)), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        Throwable cause = e.getCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch.getPath());
            String type = mismatch.getTargetType() == null ? "?" : typeName(mismatch.getTargetType(), locale);
            String message = ApiLocale.text(locale, "类型不正确，应为" + type + "。", "has the wrong type; expected " + type + ".");
            return problem(HttpStatus.BAD_REQUEST, field + " " + message, List.of(Map.of("field", field, "message",
                    message)));
        }
        if (cause instanceof StreamReadException read) {
            var where = read.getLocation();
            String at = where == null ? "" : ApiLocale.text(locale,
                    "（第 " + where.getLineNr() + " 行第 " + where.getColumnNr() + " 列）",
                    " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
            return problem(HttpStatus.BAD_REQUEST, ApiLocale.text(locale, "请求体不是有效的 JSON" + at + "。",
                    "The request body is not valid JSON" + at + "."), null);
        }
        if (cause instanceof JacksonException) {
            return problem(HttpStatus.BAD_REQUEST, ApiLocale.text(locale, "请求体应为一个 JSON 对象。",
                    "The request body must be one JSON object."), null);
        }
        return emptyBody(request);
    }

    @ExceptionHandler(WorkOrderController.EmptyBody.class)
    ResponseEntity<ProblemDetail> emptyBody(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ApiLocale.text(ApiLocale.of(request), "请求体为空，应为一个 JSON 对象。",
                "The request body is empty; send one JSON object."), null);
    }

    @ExceptionHandler(WorkOrderController.UnknownOrder.class)
    ResponseEntity<ProblemDetail> unknown(WorkOrderController.UnknownOrder e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, ApiLocale.text(ApiLocale.of(request),
                "本平台辖区内没有编号为 " + e.orderNumber + " 的工单。",
                "No work order " + e.orderNumber + " in this platform's area."), null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiLocale.text(ApiLocale.of(request),
                "请以 Content-Type: application/json 发送。", "Send it as Content-Type: application/json."), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, ApiLocale.text(ApiLocale.of(request),
                "不支持该请求方法。", "That method is not supported here."), null);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            return problem(HttpStatus.FORBIDDEN, ApiLocale.text(ApiLocale.of(request), "本平台无权进行此操作。",
                    "This platform may not do that."), null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("API error, reference {}", reference, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ApiLocale.text(ApiLocale.of(request),
                "服务器内部错误，请稍后重试（参考号 " + reference + "）。",
                "Internal error; please try again later (reference " + reference + ")."), null);
    }

    private static String path(List<JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String typeName(Class<?> type, Locale locale) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return ApiLocale.text(locale, "整数", "an integer");
        }
        if (type == java.math.BigDecimal.class || type == Double.class) {
            return ApiLocale.text(locale, "数字", "a number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return ApiLocale.text(locale, "true 或 false", "true or false");
        }
        if (type == String.class) {
            return ApiLocale.text(locale, "字符串", "a string");
        }
        return ApiLocale.text(locale, "JSON 对象", "a JSON object");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
            List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
