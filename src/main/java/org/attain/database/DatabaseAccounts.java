package org.attain.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's accounts: {@code root} (migrations, backups; at {@code localhost} and {@code 127.0.0.1})
 * and {@code attain_app} (the application; at {@code 127.0.0.1}), each with its own password, and nobody else.
 * The application account reads and writes data and nothing more; the audit tables it may only read and append to.
 */
final class DatabaseAccounts {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAccounts.class);

    static final String APP = "'" + DatabaseSecrets.APP_USER + "'@'127.0.0.1'";
    /** Audit tables: the application reads and appends, never changes or deletes (see also their triggers). */
    static final Set<String> APPEND_ONLY = Set.of("change_log");
    /** Flyway's own history is changed by migrations (the admin account) only. */
    static final String MIGRATION_HISTORY = "flyway_schema_history";

    private DatabaseAccounts() {}

    /**
     * SQL for the server's {@code --init-file}: it runs with every privilege before the first connection, so it
     * gives {@code root} its password on a fresh data directory and on one of an earlier Attain, whose root had none.
     */
    static void writeInitFile(Path file, DatabaseSecrets secrets) throws IOException {
        String password = quoted(secrets.adminPassword());
        StringBuilder sql = new StringBuilder();
        for (String host : List.of("localhost", "127.0.0.1")) {
            String root = "'" + DatabaseSecrets.ADMIN_USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(root).append(";\n");
            sql.append("ALTER USER ")
                    .append(root)
                    .append(" IDENTIFIED BY ")
                    .append(password)
                    .append(";\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(root).append(" WITH GRANT OPTION;\n");
        }
        FilePermissions.createOwnerOnly(file);
        Files.writeString(file, sql, StandardCharsets.US_ASCII);
    }

    /**
     * Once, when the passwords are introduced: removes the accounts and grants MariaDB installs for convenience
     * (anonymous users, the test databases open to everyone, root at other hosts) and creates the application
     * account, as mysql_secure_installation would.
     */
    static void secure(Connection admin, DatabaseSecrets secrets) throws SQLException {
        List<String> others = new ArrayList<>();
        try (Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT user, host FROM mysql.user WHERE is_role = 'N'")) {
            while (rs.next()) {
                String user = rs.getString(1);
                String host = rs.getString(2);
                boolean root = user.equals(DatabaseSecrets.ADMIN_USER)
                        && (host.equals("localhost") || host.equals("127.0.0.1"));
                if (!root && !user.equals("mariadb.sys") && !user.equals(DatabaseSecrets.APP_USER)) {
                    others.add(quoted(user) + "@" + quoted(host));
                }
            }
        }
        try (Statement s = admin.createStatement()) {
            for (String account : others) {
                s.execute("DROP USER " + account);
            }
            s.execute("DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\\\_%'");
            s.execute("DROP DATABASE IF EXISTS test");
            s.execute("FLUSH PRIVILEGES");
            String password = quoted(secrets.appPassword());
            s.execute("CREATE USER IF NOT EXISTS " + APP + " IDENTIFIED BY " + password);
            s.execute("ALTER USER " + APP + " IDENTIFIED BY " + password);
        }
    }

    /**
     * Gives the application account exactly its privileges on every table of the schema, so that tables added by
     * later migrations are covered: SELECT, INSERT, UPDATE, DELETE; on audit tables SELECT and INSERT; on Flyway's
     * history SELECT. Never DROP, ALTER, CREATE, TRIGGER (no TRUNCATE, no dropping triggers), GRANT or SUPER.
     * An audit table is one named in {@link #APPEND_ONLY} or one guarded by a {@code …_no_update}/{@code …_no_delete}
     * trigger, as V4 guards change_log.
     */
    static void grantApplication(Connection admin, String schema) throws SQLException {
        Set<String> tables = new TreeSet<>();
        Set<String> appendOnly = new TreeSet<>(APPEND_ONLY);
        try (PreparedStatement p = admin.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement p = admin.prepareStatement(
                "SELECT event_object_table FROM information_schema.triggers"
                        + " WHERE trigger_schema = ? AND (trigger_name LIKE '%\\_no\\_update' OR trigger_name LIKE '%\\_no\\_delete')")) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    appendOnly.add(rs.getString(1));
                }
            }
        }
        boolean autoCommit = admin.getAutoCommit();
        admin.setAutoCommit(true);
        try (Statement s = admin.createStatement()) {
            s.execute("REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + APP);
            for (String table : tables) {
                String privileges = table.equals(MIGRATION_HISTORY)
                        ? "SELECT"
                        : appendOnly.contains(table) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
                s.execute("GRANT " + privileges + " ON " + identifier(schema) + "." + identifier(table) + " TO " + APP);
            }
        } finally {
            admin.setAutoCommit(autoCommit);
        }
        appendOnly.retainAll(tables);
        log.info(
                "{} may read and write {} tables of {}, and only read and append to {}",
                DatabaseSecrets.APP_USER,
                tables.size() - appendOnly.size() - (tables.contains(MIGRATION_HISTORY) ? 1 : 0),
                schema,
                appendOnly);
    }

    static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
