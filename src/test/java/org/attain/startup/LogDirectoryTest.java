package org.attain.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

class LogDirectoryTest {

    @TempDir
    Path work;

    private MockEnvironment prepare(Path logFile) {
        MockEnvironment environment = new MockEnvironment().withProperty(LogDirectory.PROPERTY, logFile.toString());
        new LogDirectory()
                .onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                        new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
        return environment;
    }

    @Test
    void the_directories_it_creates_are_readable_by_their_owner_only() throws Exception {
        MockEnvironment environment = prepare(work.resolve("data/logs/attain.log"));
        assertThat(Files.getPosixFilePermissions(work.resolve("data")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(work.resolve("data/logs")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(environment.getProperty(LogDirectory.PROPERTY))
                .isEqualTo(work.resolve("data/logs/attain.log").toString());
    }

    @Test
    void a_log_directory_that_cannot_be_created_sends_the_log_to_the_temporary_directory() throws Exception {
        Files.writeString(work.resolve("data"), "a file where the data directory should be");
        MockEnvironment environment = prepare(work.resolve("data/logs/attain.log"));
        assertThat(environment.getProperty(LogDirectory.PROPERTY))
                .startsWith(System.getProperty("java.io.tmpdir"))
                .endsWith(".log");
    }
}
