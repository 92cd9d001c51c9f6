package org.attain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    @TempDir
    Path dataDir;

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "root", "");
    }

    @Test
    void data_written_before_a_restart_is_there_after_it_and_a_second_server_is_refused() throws SQLException {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, false)) {
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(50))");
                s.execute("INSERT INTO note VALUES ('春节慰问 574人')");
            }
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dataDir.toString()).hasMessageContaining("already in use");
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, false);
                Connection c = connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("春节慰问 574人");
        }
    }
}
