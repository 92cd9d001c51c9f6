package org.attain.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A separate JVM for {@link EmbeddedDatabaseCrashTest}: starts the embedded database on a data directory, writes a
 * row, says "started" on stdout and waits to be killed.
 */
final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), false);
        try (Connection c = db.adminConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE attain.crash_note (text VARCHAR(50))");
            s.execute("INSERT INTO attain.crash_note VALUES ('written before kill -9')");
        }
        System.out.println("started");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
