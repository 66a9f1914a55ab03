package org.tiaojie.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;

/**
 * Form login through the plain login page ({@link LoginPage}); users and hashed passwords from the database.
 * Views are guarded by their role annotations; service methods by {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * What the browser may load and run (OWASP ASVS 4 V14.4.3): Vaadin's client needs inline script, eval and inline
     * style (its documented minimum); everything else comes from this origin, and no other site may frame a page.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    /** Features no screen uses, switched off for every page (OWASP ASVS 4 V14.4). */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /** Failed logins per client address: what one address may still try (tiaojie.throttle.*). */
    @Bean
    org.tiaojie.web.base.AddressThrottle loginThrottle(
            @org.springframework.beans.factory.annotation.Value("${tiaojie.throttle.login-failures:20}") long failures,
            @org.springframework.beans.factory.annotation.Value("${tiaojie.throttle.period:PT10M}")
            java.time.Duration period) {
        return new org.tiaojie.web.base.AddressThrottle(failures, period);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, org.tiaojie.web.base.AddressThrottle loginThrottle)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/favicon.ico", "/icons/**", "/images/**", "/webjars/**",
                // the API's description (no data in it): the API itself has its own key-checked chain
                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                // the error page answers whoever got the error, never a redirect to the login
                "/error").permitAll());
        // addresses that are no screen reach Vaadin's router once logged in, which shows the friendly not-found page
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginPage.PATH)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        var tokens = new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();
        http.csrf(csrf -> csrf.csrfTokenRequestHandler(tokens));
        http.addFilterBefore(new LoginCsrf(tokens),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new LoginThrottle(loginThrottle),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(org.springframework.security.web.header.writers
                        .ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                        "Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * A request the firewall refuses (a {@code ;} or {@code ..} in the path, a line break in a header) is answered 400
     * where it stands — a problem for the API, plain text elsewhere — never forwarded to a page that would redirect to
     * the login (OWASP ASVS 4 V13.2.5).
     */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejected(
            org.tiaojie.web.base.TiaojieI18NProvider i18n) {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        return (request, response, rejected) -> {
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            response.setStatus(400);
            response.setCharacterEncoding("UTF-8");
            String uri = request.getRequestURI();
            if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
                response.setContentType("application/problem+json");
                response.getWriter().write(json.writeValueAsString(org.springframework.http.ProblemDetail
                        .forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST, i18n.getTranslation(
                                "api.rejected", org.tiaojie.web.api.ApiLocale.of(request)))));
            } else {
                response.setContentType("text/plain");
                response.getWriter().write("400 Bad Request");
            }
            response.flushBuffer();
        };
    }

    /**
     * Keeps the password hash out of the session (the principal after login carries none) and
     * gives a user with a second factor only the authority to give it.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                    UserDetails user) {
                if (principal instanceof AuthenticatedUser u) {
                    // the authorities come from the safe principal too: a login owing its second factor holds no role
                    AuthenticatedUser safe = u.withoutPassword();
                    return super.createSuccessAuthentication(safe, authentication, safe);
                }
                return super.createSuccessAuthentication(principal, authentication, user);
            }
        };
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }
}
