package org.attain.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attain.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attain started as a user starts it (its own JVM, no test profile) and failing to start: one line on the console
 * saying what happened and what to do, no stack trace there, the full trace in the log file.
 */
class StartupFailureTest {

    @TempDir
    Path work;

    private record Run(int exit, List<String> console, String logFile) {}

    private Run start(String... args) throws Exception {
        Path log = work.resolve("data/logs/attain.log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName(),
                "--spring.main.banner-mode=off",
                "--attain.data-dir=" + work.resolve("data")));
        command.addAll(List.of(args));
        Path out = work.resolve("console.txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 180 s:\n" + Files.readString(out));
        }
        return new Run(
                process.exitValue(),
                Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.exists(log) ? Files.readString(log) : "");
    }

    @Test
    void a_taken_port_is_one_line_before_anything_starts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            Run run = start("--server.port=" + port);
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.console())
                    .containsExactly("Attain did not start: port " + port + " is already in use by"
                            + " another program. Stop that program, or start Attain on another port with --server.port="
                            + (port + 1) + " (or PORT=" + (port + 1) + ").");
            assertThat(work.resolve("data/mariadb")).as("no database started").doesNotExist();
            assertThat(run.logFile())
                    .contains("Attain did not start: port " + port)
                    .contains("at org.attain.startup.PortCheck.initialize");
        }
    }

    @Test
    void a_data_directory_in_use_is_one_sentence_with_the_log_file_named() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        try (FileChannel channel = FileChannel.open(
                        data.resolve("attain.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            Run run = start("--server.port=0", "--spring.main.web-application-type=none");
            assertThat(run.exit()).isEqualTo(1);
            List<String> failure = run.console().stream()
                    .dropWhile(l -> !l.startsWith("Attain did not start"))
                    .toList();
            assertThat(failure)
                    .containsExactly(
                            "Attain did not start: The data directory " + data.toAbsolutePath()
                                    + " is already in use by another running Attain. Stop it first, or start this one with"
                                    + " --attain.data-dir=<another directory>.",
                            "The full report is in " + data.resolve("logs/attain.log") + ".");
            assertThat(run.console()).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
            assertThat(run.logFile())
                    .as("refused before the application is built")
                    .contains("at org.attain.database.EarlyDatabaseStart.initialize")
                    .doesNotContain("Spring Data JDBC repositories");
        }
    }
}
