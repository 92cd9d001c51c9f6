package org.attain.portfolio;

import java.math.BigDecimal;
import java.time.Clock;
import org.attain.status.StatusEngine;
import org.attain.status.Thresholds;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The light thresholds from configuration ({@code attain.lights.*}), defaults as in DOMAIN.md. */
@Configuration(proxyBeanMethods = false)
class StatusConfiguration {

    @Bean
    StatusEngine statusEngine(
            @Value("${attain.lights.red:0.6}") BigDecimal red,
            @Value("${attain.lights.yellow:0.8}") BigDecimal yellow,
            @Value("${attain.lights.blue:1.2}") BigDecimal blue,
            @Value("${attain.lights.overshoot:1.3}") BigDecimal overshoot,
            @Value("${attain.lights.budget-red:0.6}") BigDecimal budgetRed,
            @Value("${attain.lights.budget-yellow:0.8}") BigDecimal budgetYellow,
            @Value("${attain.lights.close-miss:}") @Nullable BigDecimal closeMiss) {
        return new StatusEngine(new Thresholds(red, yellow, blue, overshoot, budgetRed, budgetYellow, closeMiss));
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
