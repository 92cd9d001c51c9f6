package org.attain.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * {@code GET /actuator/health} answers anyone with UP, or DOWN and 503 when the database does not answer, and
 * nothing more (no details are shown, no other endpoint is exposed). Its own filter chain, ahead of the
 * application's, so that the application's login rules stay as they are.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class HealthEndpointAccess {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain healthEndpointFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/actuator/health"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .build();
    }
}
