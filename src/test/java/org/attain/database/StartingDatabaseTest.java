package org.attain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database started beside Spring: handed over when taken, stopped when the application never took it. */
class StartingDatabaseTest {

    @TempDir
    Path work;

    private EmbeddedDatabaseSettings settings(Path dataDir) {
        return new EmbeddedDatabaseSettings(dataDir, false, EmbeddedMariaDb.DEFAULT_STARTUP_TIMEOUT, false);
    }

    @Test
    void a_start_that_failed_is_thrown_where_the_application_takes_the_database() throws Exception {
        Path notADirectory = Files.writeString(work.resolve("data"), "a file");
        StartingDatabase starting = StartingDatabase.begin(settings(notADirectory));
        assertThatThrownBy(starting::take)
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageStartingWith("Cannot use the data directory " + notADirectory);
    }

    @Test
    void a_database_the_application_never_took_is_stopped_with_it() throws Exception {
        Path data = work.resolve("data");
        StartingDatabase.begin(settings(data)).destroy();
        assertThat(data.resolve(PortFile.NAME)).as("stopped").doesNotExist();
        try (EmbeddedMariaDb again = new EmbeddedDatabaseSettings(data, true, Duration.ofSeconds(120), false).open()) {
            assertThat(again.jdbcUrl()).as("the data directory is free again").startsWith("jdbc:mariadb://127.0.0.1:");
        }
    }
}
