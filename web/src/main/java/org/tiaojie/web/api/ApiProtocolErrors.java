package org.tiaojie.web.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tiaojie.web.base.TiaojieI18NProvider;

/**
 * A wrong content type or method is found before any controller is chosen, so
 * {@link ApiErrors} (which serves the work-order controller) never hears of it: these answers
 * are problem details too. The API is the application's only MVC endpoint besides its own
 * description.
 */
@RestControllerAdvice
class ApiProtocolErrors {

    private final TiaojieI18NProvider i18n;

    ApiProtocolErrors(TiaojieI18NProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return ApiErrors.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                i18n.getTranslation("api.mediaType", ApiLocale.of(request)), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpServletRequest request) {
        return ApiErrors.problem(HttpStatus.METHOD_NOT_ALLOWED, i18n.getTranslation("api.method", ApiLocale.of(request)),
                null);
    }
}
