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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/icons/**", "/images/**", "/webjars/**",
                // the API's description (no data in it): the API itself has its own key-checked chain
                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll());
        // addresses that are no screen reach Vaadin's router once logged in, which shows the friendly not-found page
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginPage.PATH)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
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
