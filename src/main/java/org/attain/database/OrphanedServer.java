package org.attain.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server still running on our data directory after the Attain that started it was killed. Whoever holds
 * the data directory's lock owns its database, so such a server is an orphan: it is asked to shut down (SIGTERM),
 * and killed when it does not within {@link #GRACE}.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    static final Duration GRACE = Duration.ofSeconds(30);
    private static final Path PROC = Path.of("/proc");

    private OrphanedServer() {}

    /** Stops every server on this MariaDB data directory: the one in the pid file, and any other found in /proc. */
    static void stopAll(Path pidFile, Path mariadbDataDir) {
        Set<Long> pids = new LinkedHashSet<>();
        readPid(pidFile).ifPresent(pids::add);
        pids.addAll(scan(mariadbDataDir));
        for (long pid : pids) {
            if (isServerOn(pid, mariadbDataDir)) {
                stop(pid);
            }
        }
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(
                    Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Long> scan(Path mariadbDataDir) {
        if (!Files.isDirectory(PROC)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .filter(pid -> pid != ProcessHandle.current().pid())
                    .filter(pid -> isServerOn(pid, mariadbDataDir))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether the process is a mariadbd (or mysqld) whose --datadir is this directory, as /proc tells. */
    static boolean isServerOn(long pid, Path mariadbDataDir) {
        String cmdline;
        try {
            cmdline = Files.readString(PROC.resolve(Long.toString(pid)).resolve("cmdline"), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String[] args = cmdline.split("\0");
        if (args.length == 0) {
            return false;
        }
        String program = Path.of(args[0]).getFileName() == null
                ? ""
                : Path.of(args[0]).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return false;
        }
        Path ours = mariadbDataDir.toAbsolutePath().normalize();
        for (String arg : args) {
            if (arg.startsWith("--datadir=")) {
                try {
                    return Path.of(arg.substring("--datadir=".length()))
                            .toAbsolutePath()
                            .normalize()
                            .equals(ours);
                } catch (RuntimeException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static void stop(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        ProcessHandle process = handle.get();
        if (!process.destroy() && process.isAlive()) {
            throw new EmbeddedDatabaseException("An orphaned database (pid " + pid + ") left by a crashed Attain"
                    + " runs on this data directory, and this user may not stop it. Stop it and start again.");
        }
        if (!exited(process, GRACE)) {
            process.destroyForcibly();
            if (!exited(process, Duration.ofSeconds(10))) {
                throw new EmbeddedDatabaseException("An orphaned database (pid " + pid + ") left by a crashed Attain"
                        + " keeps running on this data directory and cannot be stopped. Stop it (kill -9 " + pid
                        + ") and start again.");
            }
        }
        log.warn("Stopped an orphaned database (pid {}) left by a crashed Attain", pid);
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
