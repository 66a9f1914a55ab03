package org.tiaojie.web.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.platform.PlatformClientService;
import org.tiaojie.web.base.TiaojieI18NProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own security, before the screens' form login: stateless, no session and no CSRF
 * token (no browser cookie is involved), each request authenticated by its platform key.
 * Failures answer in the API's problem format.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, PlatformClientService clients, TiaojieI18NProvider i18n,
            @org.springframework.beans.factory.annotation.Value("${tiaojie.throttle.api-key-failures:20}") long failures,
            @org.springframework.beans.factory.annotation.Value("${tiaojie.throttle.period:PT10M}")
            java.time.Duration period) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        return http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers
                                .ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .httpBasic(b -> b.disable())
                .addFilterBefore(new ApiKeyFilter(clients, new org.tiaojie.web.base.AddressThrottle(failures, period), i18n),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.OPERATOR_NAME))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                            i18n.getTranslation("api.unauthorized", ApiLocale.of(request)));
                    response.setStatus(401);
                    response.setHeader("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"");
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter().write(json.writeValueAsString(problem));
                }).accessDeniedHandler((request, response, ex) -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                            i18n.getTranslation("api.forbidden", ApiLocale.of(request)));
                    response.setStatus(403);
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter().write(json.writeValueAsString(problem));
                }))
                .build();
    }
}
