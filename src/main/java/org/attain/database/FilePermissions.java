package org.attain.database;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Owner-only files and directories (on file systems with POSIX permissions; elsewhere nothing is changed). */
final class FilePermissions {

    private static final Logger log = LoggerFactory.getLogger(FilePermissions.class);
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private FilePermissions() {}

    /** Creates the directory (0700) or restricts an existing one to its owner, saying so when it was open. */
    static void ownerOnlyDirectory(Path dir) throws IOException {
        boolean created = !Files.isDirectory(dir);
        if (created) {
            Files.createDirectories(dir);
        }
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> before = view.readAttributes().permissions();
        if (created) {
            view.setPermissions(DIRECTORY);
        } else if (!before.equals(DIRECTORY)) {
            view.setPermissions(DIRECTORY);
            log.info("Restricted {} to its owner (it was {})", dir, PosixFilePermissions.toString(before));
        }
    }

    /** Creates an empty file that only its owner can read or write, replacing one that exists. */
    static void createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) == null) {
            Files.createFile(file);
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " appeared while it was being written", e);
        }
        Files.setPosixFilePermissions(file, FILE); // whatever the umask
    }

    /** Restricts an existing file to its owner (a copy restored with looser permissions, say). */
    static void ownerOnly(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view != null && !view.readAttributes().permissions().equals(FILE)) {
                view.setPermissions(FILE);
            }
        } catch (IOException e) {
            log.warn("Could not restrict {} to its owner: {}", file, e.getMessage());
        }
    }
}
