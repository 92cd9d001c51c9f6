package org.attain.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Locks kept in the database's {@code shedlock} table, timed by the database's clock so that servers whose clocks
 * differ agree on when a lock ends. Scheduled jobs run in the web server only, never in a command.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, NodeName node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(node.describe())
                .build());
    }

    /** {@code @Scheduled} methods, each with its {@code @SchedulerLock}: one server runs a job at a time. */
    @Configuration(proxyBeanMethods = false)
    @Profile("!cli")
    @EnableScheduling
    @EnableSchedulerLock(defaultLockAtMostFor = "10m")
    static class Jobs {}
}
