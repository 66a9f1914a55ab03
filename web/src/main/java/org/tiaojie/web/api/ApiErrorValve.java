package org.tiaojie.web.api;

import java.io.IOException;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.tiaojie.web.base.TiaojieI18NProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat refuses before the application sees it — a NUL or an encoded slash in the path, a malformed request
 * line — is answered by the host's error report valve. This one answers an API address with a problem+json (the
 * status Tomcat chose, nothing of the server) and everything else as Tomcat's own valve would, without report or
 * server version. It replaces the host's valve (and the one Spring Boot adds), so exactly one reports.
 */
final class ApiErrorValve extends ErrorReportValve {

    private final TiaojieI18NProvider i18n;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiErrorValve(TiaojieI18NProvider i18n) {
        this.i18n = i18n;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        int status = response.getStatus();
        if (uri == null || !uri.startsWith("/api/") || status < 400 || response.isCommitted()
                || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String detail = i18n.getTranslation(status == 400 ? "api.rejected" : status >= 500 ? "api.internal"
                : "api.badRequest", ApiLocale.of(request), "-");
        try {
            response.resetBuffer();
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(ProblemDetail.forStatusAndDetail(
                    known == null ? HttpStatus.BAD_REQUEST : known, detail)));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            super.report(request, response, throwable);
        }
    }

    /** Puts the valve on the host, in place of any other error report valve, after Spring Boot's own setup. */
    @Component
    static final class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        private final TiaojieI18NProvider i18n;

        Installer(TiaojieI18NProvider i18n) {
            this.i18n = i18n;
        }

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ApiErrorValve.class.getName());
                }
                host.getPipeline().addValve(new ApiErrorValve(i18n));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
