package org.attain.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * kill -9 of the Java process leaves its MariaDB running, unauthenticated access aside, on the data directory. The
 * next start on that directory stops the orphan, says so in one line, and starts normally with the data intact.
 */
class EmbeddedDatabaseCrashTest {

    @TempDir
    Path work;

    @Test
    void after_kill_9_the_next_start_stops_the_orphaned_database_and_starts_without_manual_steps() throws Exception {
        Path dataDir = work.resolve("data");
        Path output = work.resolve("child.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseChild.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long orphan;
        try {
            awaitLine(output, "started", child);
            orphan = OrphanedServer.readPid(dataDir.resolve(EmbeddedMariaDb.PID_FILE))
                    .orElseThrow();
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            child.waitFor();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("mariadbd outlives kill -9")
                .contains(true);
        assertThat(OrphanedServer.isServerOn(orphan, dataDir.resolve("mariadb")))
                .isTrue();

        Logger logger = (Logger) LoggerFactory.getLogger(OrphanedServer.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, true);
                Connection c = db.adminConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM attain.crash_note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before kill -9");
        } finally {
            logger.detachAppender(logged);
        }
        List<String> lines =
                logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).containsExactly("Stopped an orphaned database (pid " + orphan + ") left by a crashed Attain");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
    }

    private static void awaitLine(Path output, String line, Process child) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String text = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
            if (text.lines().anyMatch(line::equals)) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("The child JVM ended before saying '" + line + "':\n" + tail(text));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The child JVM did not say '" + line + "' in 3 minutes");
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
