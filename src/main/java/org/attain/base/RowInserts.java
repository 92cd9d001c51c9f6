package org.attain.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many new rows of one table written with one statement per chunk, {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?)…},
 * not as a JDBC batch of one-row inserts: MariaDB Connector/J sends such a batch as bulk commands that it splits
 * wherever a column turns from null to a value — 3,384 commands for the change log and values of an actuals file of
 * 10,000 rows, each executed and answered on its own. A chunk stays well within the server's packet size and parameter
 * count.
 */
public final class RowInserts {

    private static final int MAX_PARAMETERS = 20_000;
    private static final long MAX_BYTES = 4L << 20; // max_allowed_packet is 16 MB by default, 64 MB embedded

    private RowInserts() {}

    /**
     * @param insertInto {@code INSERT INTO t (a, b, c)}
     * @param values one row's values, {@code (?, ?, 0)}: a placeholder for each of a row's parameters
     * @param rows each row's parameters, in order
     */
    public static void insert(JdbcTemplate jdbc, String insertInto, String values, List<Object[]> rows) {
        int width = (int) values.chars().filter(c -> c == '?').count();
        List<Object> parameters = new ArrayList<>();
        int inChunk = 0;
        long bytes = 0;
        for (Object[] row : rows) {
            if (row.length != width) {
                throw new IllegalArgumentException(row.length + " parameters for a row of " + width + ": " + values);
            }
            long rowBytes = bytes(row);
            if (inChunk > 0 && (parameters.size() + width > MAX_PARAMETERS || bytes + rowBytes > MAX_BYTES)) {
                write(jdbc, insertInto, values, inChunk, parameters);
                parameters.clear();
                inChunk = 0;
                bytes = 0;
            }
            Collections.addAll(parameters, row);
            inChunk++;
            bytes += rowBytes;
        }
        if (inChunk > 0) {
            write(jdbc, insertInto, values, inChunk, parameters);
        }
    }

    private static void write(JdbcTemplate jdbc, String insertInto, String values, int rows, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(insertInto.length() + 8 + rows * (values.length() + 1));
        sql.append(insertInto).append(" VALUES ").append(values);
        for (int i = 1; i < rows; i++) {
            sql.append(',').append(values);
        }
        jdbc.update(sql.toString(), parameters.toArray());
    }

    /** An upper bound of a row's size in the statement: UTF-8 and escaping at most double a text's three bytes a char. */
    private static long bytes(Object[] row) {
        long bytes = 0;
        for (Object value : row) {
            bytes += value instanceof CharSequence text ? 6L * text.length() + 2 : 32;
        }
        return bytes;
    }
}
