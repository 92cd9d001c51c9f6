package org.attain.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the running application's embedded database listens, recorded in {@value #NAME} in the data directory
 * (readable by its owner only), so that a command beside the dashboard uses that database instead of being refused.
 */
final class PortFile {

    static final String NAME = "database.port";
    private static final Logger log = LoggerFactory.getLogger(PortFile.class);

    private PortFile() {}

    static void write(Path dataDir, int port) throws IOException {
        Path file = dataDir.resolve(NAME);
        FilePermissions.createOwnerOnly(file);
        Files.writeString(file, port + System.lineSeparator());
    }

    /** The recorded port; empty when none was recorded or the file does not hold a port. */
    static OptionalInt read(Path dataDir) {
        try {
            int port = Integer.parseInt(Files.readString(dataDir.resolve(NAME)).strip());
            return port > 0 ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dataDir.resolve(NAME), e.getMessage());
        }
    }
}
