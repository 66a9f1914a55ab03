package org.tiaojie.web.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import org.tiaojie.web.base.TiaojieI18NProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * How strictly the API reads what a platform sends (OWASP ASVS 4 V13.1.5, V5.1.4): a field the request does not
 * define, a key given twice, or a value of another JSON type than the field's (3.7 for a string, -1 or "" for a
 * boolean, 1.5 for an integer, "12" for a number) is refused naming the field, never coerced or silently dropped.
 * Also the envelope that keeps every answer under {@code /api/} a problem and the body within its limit.
 */
@Configuration
class ApiJson {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, c -> fail(c, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Boolean, c -> fail(c, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Integer, c -> fail(c, CoercionInputShape.Float,
                        CoercionInputShape.String, CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Float, c -> fail(c, CoercionInputShape.String,
                        CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Enum, c -> fail(c, CoercionInputShape.Integer,
                        CoercionInputShape.EmptyString));
    }

    private static void fail(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * An address under {@code /api/} that no endpoint has: 404 as a problem. A mapping of its own after the
     * controllers' (so a known address with the wrong method, content type or Accept still gets its 405, 415 or
     * 406) and before the screens' router, which would answer with a page.
     */
    @Bean
    org.springframework.web.servlet.handler.SimpleUrlHandlerMapping apiNowhere(TiaojieI18NProvider i18n) {
        JsonMapper json = JsonMapper.builder().build();
        org.springframework.web.HttpRequestHandler nowhere = (request, response) -> {
            response.setStatus(404);
            response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(org.springframework.http.ProblemDetail.forStatusAndDetail(
                    org.springframework.http.HttpStatus.NOT_FOUND, i18n.getTranslation("api.notFound",
                            ApiLocale.of(request)))));
        };
        return new org.springframework.web.servlet.handler.SimpleUrlHandlerMapping(java.util.Map.of("/api/**", nowhere),
                1);
    }

    /**
     * What the server refuses before the application sees it (TRACE, a malformed body or header) reaches the error
     * page; for an API address it is answered there as a problem, never as the screens' error page.
     */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> apiErrorDispatch(TiaojieI18NProvider i18n) {
        JsonMapper json = JsonMapper.builder().build();
        jakarta.servlet.Filter filter = (req, res, chain) -> {
            var request = (jakarta.servlet.http.HttpServletRequest) req;
            var response = (jakarta.servlet.http.HttpServletResponse) res;
            Object uri = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
            if (!(uri instanceof String u) || !u.startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
                chain.doFilter(req, res);
                return;
            }
            Object code = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE);
            var status = org.springframework.http.HttpStatus.resolve(code instanceof Integer i ? i : 500);
            status = status == null ? org.springframework.http.HttpStatus.BAD_REQUEST : status;
            String key = switch (status) {
                case METHOD_NOT_ALLOWED -> "api.method";
                case NOT_FOUND -> "api.notFound";
                default -> status.is5xxServerError() ? "api.unavailable" : "api.badRequest";
            };
            response.resetBuffer();
            response.setStatus(status.value());
            response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(org.springframework.http.ProblemDetail.forStatusAndDetail(
                    status, i18n.getTranslation(key, ApiLocale.of(request)))));
        };
        FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiEnvelope> apiEnvelope(TiaojieI18NProvider i18n,
            @Value("${tiaojie.api.max-body-bytes:1048576}") long maxBody,
            @Value("${tiaojie.import.max-file-mb:50}") long maxUploadMb) {
        FilterRegistrationBean<ApiEnvelope> registration = new FilterRegistrationBean<>(new ApiEnvelope(i18n, maxBody,
                maxUploadMb * 1024 * 1024));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
