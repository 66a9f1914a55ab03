package org.tiaojie.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tiaojie.casework.platform.PlatformClientService;

/**
 * Authenticates an API request by its {@code X-Api-Key} header as the platform that key was
 * issued to; without a valid key the request stays anonymous and is answered 401.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";

    private final PlatformClientService clients;
    private final org.tiaojie.web.base.AddressThrottle throttle;
    private final org.tiaojie.web.base.TiaojieI18NProvider i18n;
    private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

    ApiKeyFilter(PlatformClientService clients, org.tiaojie.web.base.AddressThrottle throttle,
            org.tiaojie.web.base.TiaojieI18NProvider i18n) {
        this.clients = clients;
        this.throttle = throttle;
        this.i18n = i18n;
    }

    /**
     * An address that sent too many wrong keys is answered 429 with Retry-After before its key is even looked at
     * (OWASP ASVS 4 V11.1.4), so keys cannot be guessed faster than the allowance refills.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key != null) {
            long wait = throttle.blockedFor(request.getRemoteAddr());
            if (wait > 0) {
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(wait));
                response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(json.writeValueAsString(
                        org.springframework.http.ProblemDetail.forStatusAndDetail(
                                org.springframework.http.HttpStatus.TOO_MANY_REQUESTS,
                                i18n.getTranslation("api.throttled", ApiLocale.of(request), String.valueOf(wait)))));
                return;
            }
            var user = clients.authenticate(key.strip());
            if (user.isEmpty()) {
                throttle.failed(request.getRemoteAddr());
            }
            user.ifPresent(u -> SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities())));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
