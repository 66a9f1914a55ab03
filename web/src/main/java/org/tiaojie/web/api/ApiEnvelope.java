package org.tiaojie.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tiaojie.web.base.TiaojieI18NProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first thing every request under {@code /api/} meets, so that the API always answers in problem+json and
 * never with an HTML page or a redirect to the login (OWASP ASVS 4 V13.1.3, V13.2.5): a method the API does not
 * serve (TRACE and the like) is answered 405, a body over the limit 413 (counted as it is read, so a chunked body
 * cannot slip past its missing length), and whatever inside calls {@code sendError} — Spring's 404 for an unknown
 * path, 406 for an Accept the API cannot give — writes a problem instead of being forwarded to the error page.
 */
final class ApiEnvelope extends OncePerRequestFilter {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

    private final TiaojieI18NProvider i18n;
    private final long maxBody;
    private final long maxUpload;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiEnvelope(TiaojieI18NProvider i18n, long maxBody, long maxUpload) {
        this.i18n = i18n;
        this.maxBody = maxBody;
        this.maxUpload = maxUpload;
    }

    /** An import file sent as a form: its own limit, and its bytes are a file's (XLSX, GB18030), not UTF-8 text. */
    static boolean upload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && request.getRequestURI().endsWith(WorkOrderImportController.PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = ApiLocale.of(request);
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            write(response, HttpStatus.METHOD_NOT_ALLOWED, i18n.getTranslation("api.method", locale));
            return;
        }
        boolean upload = upload(request);
        long limit = upload ? maxUpload : maxBody;
        if (request.getContentLengthLong() > limit) {
            write(response, HttpStatus.CONTENT_TOO_LARGE, upload ? tooLargeUpload(locale) : tooLarge(locale));
            return;
        }
        Answering answering = new Answering(response, locale);
        try {
            chain.doFilter(upload ? request : new Limited(request), answering);
        } catch (ServletException | RuntimeException e) {
            if (!tooLargeCause(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            write(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge(locale));
        }
    }

    private String tooLargeUpload(Locale locale) {
        return i18n.getTranslation("api.import.tooLarge", locale, String.valueOf(maxUpload / (1024 * 1024)));
    }

    private String tooLarge(Locale locale) {
        return i18n.getTranslation("api.body.tooLarge", locale, String.valueOf(maxBody / 1024));
    }

    private static boolean tooLargeCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(ProblemDetail.forStatusAndDetail(status, detail)));
        response.flushBuffer();
    }

    /** An error status set by the framework inside becomes a problem the client can read. */
    private final class Answering extends HttpServletResponseWrapper {

        private final Locale locale;

        Answering(HttpServletResponse response, Locale locale) {
            super(response);
            this.locale = locale;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus answer = known == null ? HttpStatus.BAD_REQUEST : known;
            String key = switch (answer) {
                case NOT_FOUND -> "api.notFound";
                case METHOD_NOT_ALLOWED -> "api.method";
                case NOT_ACCEPTABLE -> "api.notAcceptable";
                case UNSUPPORTED_MEDIA_TYPE -> "api.mediaType";
                case UNAUTHORIZED -> "api.unauthorized";
                case FORBIDDEN -> "api.forbidden";
                case CONTENT_TOO_LARGE -> null;
                default -> answer.is5xxServerError() ? "api.unavailable" : "api.badRequest";
            };
            if (isCommitted()) {
                return;
            }
            resetBuffer();
            write((HttpServletResponse) getResponse(), answer, key == null ? tooLarge(locale)
                    : i18n.getTranslation(key, locale));
        }
    }

    /** Thrown while reading a body past the limit. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body over the limit");
        }
    }

    /** The request whose body stops at the limit, whatever its headers said, and is refused when it is not UTF-8. */
    private final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;
                    private final Utf8Check utf8 = new Utf8Check();

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                            check(b);
                        } else if (!utf8.complete()) {
                            throw new Utf8Check.NotUtf8();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                            for (int i = offset; i < offset + n; i++) {
                                check(buffer[i] & 0xFF);
                            }
                        } else if (n < 0 && !utf8.complete()) {
                            throw new Utf8Check.NotUtf8();
                        }
                        return n;
                    }

                    private void check(int b) throws Utf8Check.NotUtf8 {
                        if (!utf8.accept(b)) {
                            throw new Utf8Check.NotUtf8();
                        }
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > maxBody) {
                            throw new BodyTooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
