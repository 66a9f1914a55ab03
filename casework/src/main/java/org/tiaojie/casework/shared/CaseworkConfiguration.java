package org.tiaojie.casework.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
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

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
