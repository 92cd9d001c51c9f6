package org.attain.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;

/**
 * The passwords of the embedded database's two accounts, kept in {@code secrets.properties} in the data directory,
 * readable by its owner only. A file that is being introduced ({@code secrets.properties.new}) becomes the file once
 * the server has accepted its passwords, so a crash in between never leaves passwords that the server does not know.
 */
record DatabaseSecrets(String adminPassword, String appPassword) {

    static final String ADMIN_USER = "root";
    static final String APP_USER = "attain_app";
    static final String FILE = "secrets.properties";
    private static final String PENDING = FILE + ".new";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    /** The accepted secrets of a data directory, or none when they still have to be introduced. */
    static Optional<DatabaseSecrets> accepted(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Secrets about to be introduced: those of an interrupted introduction, or new random ones. */
    static DatabaseSecrets pending(Path dataDir) {
        Path file = dataDir.resolve(PENDING);
        if (Files.exists(file)) {
            return read(file);
        }
        DatabaseSecrets secrets = new DatabaseSecrets(randomPassword(), randomPassword());
        secrets.write(file);
        return secrets;
    }

    /** The server knows the pending passwords now: they become the data directory's secrets. */
    static void accept(Path dataDir) {
        try {
            try {
                Files.move(
                        dataDir.resolve(PENDING),
                        dataDir.resolve(FILE),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(dataDir.resolve(PENDING), dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot write " + dataDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private static DatabaseSecrets read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String admin = p.getProperty("admin.password");
        String app = p.getProperty("app.password");
        if (admin == null || admin.isBlank() || app == null || app.isBlank()) {
            throw new EmbeddedDatabaseException(file + " lacks admin.password or app.password. Delete it and start"
                    + " again to give both accounts new passwords.");
        }
        FilePermissions.ownerOnly(file);
        return new DatabaseSecrets(admin.strip(), app.strip());
    }

    private void write(Path file) {
        Properties p = new Properties();
        p.setProperty("admin.user", ADMIN_USER);
        p.setProperty("admin.password", adminPassword);
        p.setProperty("app.user", APP_USER);
        p.setProperty("app.password", appPassword);
        try {
            FilePermissions.createOwnerOnly(file);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(
                        out,
                        "Accounts of Attain's embedded MariaDB (admin: migrations and backups; app: the"
                                + " application). Delete this file and restart to give both new passwords.");
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** 32 characters from 57 (about 187 bits), letters and digits only so that no quoting can go wrong. */
    static String randomPassword() {
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "DatabaseSecrets[hidden]";
    }
}
