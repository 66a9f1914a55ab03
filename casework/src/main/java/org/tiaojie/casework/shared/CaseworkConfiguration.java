package org.tiaojie.casework.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wiring of the casework module: method security (every service method names the roles it
 * serves), password hashing, the clock all deadlines read, and asynchronous event listeners.
 * Listeners of dispute events are {@code @ApplicationModuleListener}s: asynchronous, in a
 * transaction of their own. A synchronous transactional listener would hold the request's
 * connection while the event registry needs a second one, which starves the pool under load.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableAsync
@ConfigurationPropertiesScan("org.tiaojie.casework")
public class CaseworkConfiguration {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The only authority of a login that has given the password but not yet the authenticator's code. */
    public static final String PENDING_SECOND_FACTOR = "PENDING_SECOND_FACTOR";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }

    /**
     * Method security in which a login still owing its second factor counts as no login at all:
     * {@code isAuthenticated()} refuses it like an anonymous caller.
     */
    @Bean
    static MethodSecurityExpressionHandler methodSecurityExpressionHandler() {
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
        handler.setTrustResolver(new AuthenticationTrustResolverImpl() {
            @Override
            public boolean isAnonymous(Authentication authentication) {
                return super.isAnonymous(authentication) || (authentication != null && authentication.getAuthorities()
                        .stream().anyMatch(a -> PENDING_SECOND_FACTOR.equals(a.getAuthority())));
            }
        });
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
