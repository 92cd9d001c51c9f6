package org.attain.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class UnusedAutoConfigurationsTest {

    private static final String[] CANDIDATES = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
        "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration"
    };

    private boolean[] match(String... profiles) {
        UnusedAutoConfigurations filter = new UnusedAutoConfigurations();
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        filter.setEnvironment(environment);
        return filter.match(CANDIDATES, null);
    }

    @Test
    void the_dashboard_leaves_out_only_metrics() {
        assertThat(match()).containsExactly(true, true, false, false, true, true, true, true, true);
    }

    @Test
    void a_command_also_leaves_out_the_web_server_vaadin_web_security_and_health() {
        assertThat(match("cli")).containsExactly(true, true, false, false, false, false, false, true, false);
    }
}
