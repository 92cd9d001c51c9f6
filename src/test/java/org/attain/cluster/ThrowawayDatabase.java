package org.attain.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own on the MariaDB server CI machines run at 127.0.0.1:3306 (root without password, as
 * {@code .ci/run} uses it; another with {@code -Dattain.test.mariadb=HOST:PORT}), dropped again when closed.
 */
final class ThrowawayDatabase implements AutoCloseable {

    static final String SERVER = System.getProperty("attain.test.mariadb", "127.0.0.1:3306");

    private final String name;

    private ThrowawayDatabase(String name) {
        this.name = name;
    }

    /** Whether the server answers (for {@code @EnabledIf}). */
    static boolean serverAnswers() {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "")) {
            return c.isValid(3);
        } catch (SQLException noServer) {
            return false;
        }
    }

    /** A new empty database, or nothing when no server answers. */
    static Optional<ThrowawayDatabase> create(String prefix) {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        String name = prefix + "_" + HexFormat.of().formatHex(random);
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return Optional.of(new ThrowawayDatabase(name));
        } catch (SQLException noServer) {
            return Optional.empty();
        }
    }

    String url() {
        return "jdbc:mariadb://" + SERVER + "/" + name;
    }

    private static String serverUrl() {
        return "jdbc:mariadb://" + SERVER + "/?connectTimeout=3000";
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        }
    }
}
