package org.attain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class EmbeddedMariaDbTest {

    @TempDir
    Path dataDir;

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), DatabaseSecrets.ADMIN_USER, db.adminPassword());
    }

    @Test
    void data_written_before_a_restart_is_there_after_it_and_a_second_server_is_refused() throws SQLException {
        // a path as users choose them: a space and Chinese in it (MariaDB's install script takes no space)
        Path dataDir = this.dataDir.resolve("绩效 数据");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, false)) {
            try (Connection c = connect(db);
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(50))");
                s.execute("INSERT INTO note VALUES ('春节慰问 574人')");
            }
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir, false))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("already in use");
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, false);
                Connection c = connect(db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("春节慰问 574人");
        }
    }

    @Test
    void two_first_starts_at_once_both_install_and_only_what_attain_needs(@TempDir Path otherDataDir)
            throws SQLException {
        var first = CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.start(dataDir, false));
        var second = CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.start(otherDataDir, false));
        try (EmbeddedMariaDb a = first.join();
                EmbeddedMariaDb b = second.join()) {
            for (EmbeddedMariaDb db : List.of(a, b)) {
                List<String> schemas = new ArrayList<>();
                try (Connection c = connect(db);
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                }
                assertThat(schemas).contains("mysql", "attain").doesNotContain("test", "sys");
            }
        }
    }

    @Test
    void a_data_directory_that_lost_its_secrets_gets_new_passwords_and_keeps_its_data() throws Exception {
        String oldAdmin;
        String oldApp;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, false)) {
            oldAdmin = db.adminPassword();
            oldApp = db.appPassword();
            try (Connection c = connect(db);
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(50))");
                s.execute("INSERT INTO note VALUES ('kept')");
            }
        }
        Files.delete(dataDir.resolve(DatabaseSecrets.FILE));

        Logger logger = (Logger) LoggerFactory.getLogger(EmbeddedMariaDb.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, false)) {
            assertThat(db.adminPassword()).isNotEqualTo(oldAdmin);
            assertThat(db.appPassword()).isNotEqualTo(oldApp);
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "root", oldAdmin)
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            try (Connection c = connect(db);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("kept");
            }
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/", db.appUser(), db.appPassword())
                    .close();
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list)
                .map(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("Secured the database of an earlier Attain"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(DatabaseSecrets.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_start_that_takes_longer_than_allowed_ends_with_one_sentence_and_frees_the_directory() throws SQLException {
        assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir, false, Duration.ofMillis(1)))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("did not start within 1 ms (attain.database.startup-timeout)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, false);
                Connection c = connect(db)) {
            assertThat(c.isValid(5)).isTrue();
        }
    }
}
