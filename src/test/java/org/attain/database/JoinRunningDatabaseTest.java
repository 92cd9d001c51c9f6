package org.attain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command beside a running Attain uses its database; a second server on the same data directory is refused. */
class JoinRunningDatabaseTest {

    @TempDir
    Path dataDir;

    private static Connection admin(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), DatabaseSecrets.ADMIN_USER, db.adminPassword());
    }

    private static int notes(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = admin(db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM note")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void nothing_to_join_without_a_running_attain() {
        assertThat(EmbeddedMariaDb.joinRunning(dataDir)).isEmpty();
    }

    @Test
    void a_command_uses_the_running_database_which_stays_up_after_it() throws Exception {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir, false)) {
            Path port = dataDir.resolve(PortFile.NAME);
            assertThat(Files.readString(port).strip()).isEqualTo(String.valueOf(server.port()));
            assertThat(Files.getPosixFilePermissions(port)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            try (Connection c = admin(server);
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(50))");
                s.execute("INSERT INTO note VALUES ('by the server')");
            }
            try (EmbeddedMariaDb command = EmbeddedMariaDb.joinRunning(dataDir).orElseThrow()) {
                assertThat(command.port()).isEqualTo(server.port());
                try (Connection c = admin(command);
                        Statement s = c.createStatement()) {
                    s.execute("INSERT INTO note VALUES ('by the command')");
                }
            }
            assertThat(notes(server)).isEqualTo(2);
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir, false))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("already in use");
        }
        assertThat(dataDir.resolve(PortFile.NAME)).doesNotExist();
    }

    @Test
    void a_holder_that_recorded_no_port_is_named_in_one_sentence() throws Exception {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir, false)) {
            Files.delete(dataDir.resolve(PortFile.NAME));
            assertThatThrownBy(() -> EmbeddedMariaDb.joinRunning(dataDir))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("in use by another running Attain, which did not record where its database");
        }
    }
}
