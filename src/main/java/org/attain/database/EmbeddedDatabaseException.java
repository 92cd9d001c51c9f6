package org.attain.database;

import ch.vorburger.exec.ManagedProcessException;
import java.nio.file.Path;
import java.time.Duration;

/** The embedded database cannot be used; the message says why and what to do, in one sentence or two. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A start that failed, in one sentence: the timeout, or the last error line MariaDB printed. */
    static EmbeddedDatabaseException notStarted(Path dataDir, Duration timeout, ManagedProcessException e) {
        String text = String.valueOf(e.getMessage()) + "\n"
                + (e.getCause() == null ? "" : e.getCause().getMessage());
        String reason = text.lines()
                .filter(l -> l.contains("[ERROR]"))
                .reduce((a, b) -> b)
                .map(l -> l.replaceFirst("^.*\\[ERROR\\]\\s*", ""))
                .orElse(null);
        if (text.contains("Magic string not seen")) {
            return new EmbeddedDatabaseException(
                    "The embedded database in " + dataDir + " did not start within "
                            + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms")
                            + " (attain.database.startup-timeout)"
                            + (reason == null ? "" : "; it said: " + reason),
                    e);
        }
        return new EmbeddedDatabaseException(
                "The embedded database in " + dataDir + " did not start: "
                        + (reason == null ? firstLine(e.getMessage()) : reason),
                e);
    }

    static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
