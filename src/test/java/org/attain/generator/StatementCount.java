package org.attain.generator;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts the SQL statements the server received, from MariaDB's own counter (the counting query excluded). */
public final class StatementCount {

    private final JdbcClient jdbc;

    public StatementCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long now() {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Questions'")
                .query((rs, n) -> rs.getLong(2))
                .single();
    }

    /** Statements issued by the action, not counting the two counter queries around it. */
    public long during(Runnable action) {
        long before = now();
        action.run();
        return now() - before - 1;
    }
}
