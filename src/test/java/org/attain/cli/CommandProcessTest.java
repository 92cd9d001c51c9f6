package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attain.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands as a user runs them, each in its own JVM with the {@code cli} profile (lazy beans, the web server,
 * Vaadin, actuator and metrics left out) on a fresh data directory: the database is installed and migrated, the
 * result is on stdout, nothing but progress on stderr, the whole log in DATA/logs/commands.log.
 */
class CommandProcessTest {

    @TempDir
    Path work;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName()));
        command.addAll(List.of(args));
        command.add("--attain.data-dir=" + work.resolve("data"));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 240 s:\n" + Files.readString(err));
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path seed() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            return Files.write(work.resolve("approval.txt"), in.readAllBytes());
        }
    }

    @Test
    void an_import_and_a_status_on_a_fresh_data_directory() throws Exception {
        Run imported = run("import-targets", seed().toString());
        // nothing but progress on stderr (a slow machine may show some; a quick one none)
        assertThat(imported.err().lines()).allMatch(l -> l.matches("import-targets: .* \\d+/\\d+ \\(\\d+%\\)"));
        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).startsWith("{\"projects\":[{\"name\":\"协理员专项补助\"");

        Run status = run("status", "--year", "2025", "--checkpoint", "2025-06", "--format", "csv");
        assertThat(status.err()).isEmpty();
        assertThat(status.exit()).isZero();
        assertThat(status.out()
                        .lines()
                        .map(l -> l.substring(0, l.indexOf(',')))
                        .distinct()
                        .count())
                .as("the header and 7 projects")
                .isEqualTo(8);
        assertThat(work.resolve("data/logs/commands.log"))
                .content()
                .contains("Embedded MariaDB started")
                .contains("Successfully applied");
    }
}
