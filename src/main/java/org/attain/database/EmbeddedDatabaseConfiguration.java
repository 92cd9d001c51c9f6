package org.attain.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Without {@code spring.datasource.url} Attain runs its own MariaDB; with it, this configuration stays out and
 * Spring Boot connects to that server. Flyway migrates as root; the application's pool connects as attain_app,
 * which is granted its privileges on every table after each migration run.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
public class EmbeddedDatabaseConfiguration {

    /** The database started early ({@link EarlyDatabaseStart}), or, when it was not, started now. */
    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(ObjectProvider<StartingDatabase> starting, Environment environment) {
        StartingDatabase early = starting.getIfAvailable();
        return early != null
                ? early.take()
                : EmbeddedDatabaseSettings.from(environment).open();
    }

    /** The application's pool; {@code spring.datasource.hikari.*} settings apply to it as to an external server's. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.appUser());
        ds.setPassword(db.appPassword());
        ds.setMaximumPoolSize(10);
        // A request waits at most this long for a connection: when the database is away, the login and the health
        // endpoint say so after 10 s instead of 30. The pool keeps trying and reconnects once the database is back.
        ds.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        ds.setPoolName("attain-embedded");
        return ds;
    }

    @Bean
    FlywayConfigurationCustomizer migrateAsAdministrator(EmbeddedMariaDb db) {
        return flyway -> flyway.dataSource(db.jdbcUrl(), DatabaseSecrets.ADMIN_USER, db.adminPassword());
    }

    @Bean
    FlywayMigrationStrategy migrateThenGrant(EmbeddedMariaDb db) {
        return flyway -> {
            flyway.migrate();
            db.grantApplicationAccount();
        };
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return EmbeddedDatabaseSettings.applies(context.getEnvironment());
        }
    }
}
