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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tiaojie.casework.intake.WorkOrderRejected;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.TiaojieI18NProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The API's refusals as RFC 9457 problem details: a Chinese (or English) message, and for bad
 * fields an {@code errors} list of {@code {field, message}} naming each field by its JSON path.
 */
@RestControllerAdvice(assignableTypes = {WorkOrderController.class, WorkOrderImportController.class})
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final TiaojieI18NProvider i18n;

    private final long maxBody;
    private final long maxUploadMb;

    ApiErrors(TiaojieI18NProvider i18n, @org.springframework.beans.factory.annotation.Value(
            "${tiaojie.api.max-body-bytes:1048576}") long maxBody,
            @org.springframework.beans.factory.annotation.Value("${tiaojie.import.max-file-mb:50}") long maxUploadMb) {
        this.i18n = i18n;
        this.maxBody = maxBody;
        this.maxUploadMb = maxUploadMb;
    }

    private String text(HttpServletRequest request, String key, Object... args) {
        return i18n.getTranslation(key, ApiLocale.of(request), args);
    }

    @ExceptionHandler(WorkOrderRejected.class)
    ResponseEntity<ProblemDetail> rejected(WorkOrderRejected e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message(locale))).toList();
        return problem(HttpStatus.BAD_REQUEST, errors.stream().map(m -> m.get("message"))
                .collect(Collectors.joining(" ")), errors);
    }

    /** The order number was registered with other content: 409, naming the dispute that holds it. */
    @ExceptionHandler(org.tiaojie.casework.intake.WorkOrderService.Conflict.class)
    ResponseEntity<ProblemDetail> conflict(org.tiaojie.casework.intake.WorkOrderService.Conflict e,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                e.getLocalizedMessage(ApiLocale.of(request)));
        problem.setProperty("disputeId", e.disputeId());
        problem.setProperty("errors", List.of(Map.of("field", "orderNumber", "message",
                e.getLocalizedMessage(ApiLocale.of(request)))));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(CaseworkException.class)
    ResponseEntity<ProblemDetail> refused(CaseworkException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.getLocalizedMessage(ApiLocale.of(request)), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        Throwable cause = e.getCause();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiEnvelope.BodyTooLarge) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, text(request, "api.body.tooLarge",
                        String.valueOf(maxBody / 1024)), null);
            }
            if (t instanceof Utf8Check.NotUtf8) {
                return problem(HttpStatus.BAD_REQUEST, text(request, "api.body.notUtf8"), null);
            }
        }
        if (cause instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            String field = path(unknown.getPath());
            String message = text(request, "api.unknownField");
            return problem(HttpStatus.BAD_REQUEST, field + " " + message, List.of(Map.of("field", field, "message",
                    message)));
        }
        if (cause instanceof StreamReadException read && read.getMessage() != null
                && read.getMessage().startsWith("Duplicate Object property")) {
            String field = duplicated(read);
            String message = text(request, "api.duplicateField");
            return problem(HttpStatus.BAD_REQUEST, field + " " + message, List.of(Map.of("field", field, "message",
                    message)));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch.getPath());
            String type = text(request, "api.type." + typeName(mismatch.getTargetType()));
            String message = text(request, "api.wrongType", type);
            return problem(HttpStatus.BAD_REQUEST, field + " " + message, List.of(Map.of("field", field, "message",
                    message)));
        }
        if (cause instanceof StreamReadException read) {
            var where = read.getLocation();
            String at = where == null ? "" : text(request, "api.json.at", String.valueOf(where.getLineNr()),
                    String.valueOf(where.getColumnNr()));
            return problem(HttpStatus.BAD_REQUEST, text(request, "api.json.invalid", at), null);
        }
        if (cause instanceof JacksonException) {
            return problem(HttpStatus.BAD_REQUEST, text(request, "api.json.object"), null);
        }
        return emptyBody(request);
    }

    /** An import file that cannot be read at all, or names no mapping there is: 400 with the screen's message. */
    @ExceptionHandler(org.tiaojie.web.intake.WorkOrderFile.Unreadable.class)
    ResponseEntity<ProblemDetail> unreadableFile(org.tiaojie.web.intake.WorkOrderFile.Unreadable e,
            HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, text(request, e.key(), e.args()), null);
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> badUpload(org.springframework.web.multipart.MultipartException e,
            HttpServletRequest request) {
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, text(request, "api.import.tooLarge",
                    String.valueOf(maxUploadMb)), null);
        }
        return problem(HttpStatus.BAD_REQUEST, text(request, "api.import.noFile"), null);
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> noFile(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, text(request, "api.import.noFile"), null);
    }

    @ExceptionHandler(WorkOrderController.EmptyBody.class)
    ResponseEntity<ProblemDetail> emptyBody(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, text(request, "api.body.empty"), null);
    }

    @ExceptionHandler(WorkOrderController.UnknownOrder.class)
    ResponseEntity<ProblemDetail> unknown(WorkOrderController.UnknownOrder e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, text(request, "api.order.unknown", e.orderNumber), null);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            return problem(HttpStatus.FORBIDDEN, text(request, "api.forbidden"), null);
        }
        var fault = org.tiaojie.casework.shared.DatabaseFault.of(e);
        if (fault.isPresent()) {
            // nothing of the request was stored: the platform may send it again later
            LOG.warn("API request refused by a database fault {}: {}", fault.get(), e.toString());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, text(request,
                    fault.get() == org.tiaojie.casework.shared.DatabaseFault.STORAGE_FULL ? "api.storageFull"
                            : "api.unavailable"));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("API error, reference {}", reference, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text(request, "api.internal", reference), null);
    }

    /** The property a duplicate-key refusal names (Jackson quotes it in its message). */
    private static String duplicated(StreamReadException e) {
        var m = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(e.getOriginalMessage());
        return m.find() ? m.group(1) : "";
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

    /** The key of a JSON type's name: integer, number, boolean, string or object. */
    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        if (type == java.math.BigDecimal.class || type == Double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return type == String.class ? "string" : "object";
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
            List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
