package org.attain.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ExternalDatabaseModeTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void with_a_datasource_url_no_embedded_server_is_started() {
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/test")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class);
                    assertThat(context).doesNotHaveBean(javax.sql.DataSource.class);
                });
    }
}
