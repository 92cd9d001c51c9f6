package org.attain.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An exclusive lock on a data directory, so that two applications never run one database. */
final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(
                    dataDir.resolve("attain.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(dataDir);
            }
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot use the data directory " + dataDir + ": " + e.getMessage(), e);
        } catch (OverlappingFileLockException e) {
            throw new EmbeddedDatabaseException(
                    "The data directory " + dataDir + " is already in use by this process.", e);
        }
    }

    static EmbeddedDatabaseException inUse(Path dataDir) {
        return new EmbeddedDatabaseException("The data directory " + dataDir
                + " is already in use by another running Attain. Stop it first, or start this one with"
                + " --attain.data-dir=<another directory>.");
    }

    /**
     * Whether another application holds the data directory, tried without taking it. (In the same process a probe
     * would end the process's own lock on some systems; the applications that ask this never hold it themselves.)
     */
    static boolean heldElsewhere(Path dataDir) {
        Path file = dataDir.resolve("attain.lock");
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // starting reports what is wrong with the directory
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
