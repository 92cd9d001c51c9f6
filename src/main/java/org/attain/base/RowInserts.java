package org.attain.base;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many new rows of one table, written one of two ways, each chosen by measurement on its path:
 * <ul>
 *   <li>{@link #insert}: one statement per chunk, {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?)…}, not a JDBC batch
 *       of one-row inserts: MariaDB Connector/J sends such a batch as bulk commands that it splits wherever a column
 *       turns from null to a value — 3,384 commands for the change log and values of an actuals file of 10,000 rows,
 *       each executed and answered on its own. A chunk stays well within the server's packet size and parameter count.
 *   <li>{@link #batch}: one batch of a one-row statement, each value bound by the setter of its own type, where it
 *       measured faster (the status table's 150,000 rows of a 1,000-project import): the driver's bulk in the binary protocol then needs no text escaping, no huge statement, no search for a codec per value,
 *       nor Spring a type inspection per value (JFR: binding the ≈2 million values of a 1,000-project refresh through
 *       Spring's generic setter was its largest Java cost).
 * </ul>
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

    /**
     * @param columns the table's columns, {@code a, b, c}
     * @param rows    values of the columns, in their order: text, whole numbers, flags, amounts or null
     */
    public static void batch(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        int width = columns.split(",").length;
        String one = String.join(",", Collections.nCopies(width, "?"));
        jdbc.batchUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (" + one + ")", new Setter(rows));
    }

    private record Setter(List<Object[]> rows) implements BatchPreparedStatementSetter {

        @Override
        public void setValues(PreparedStatement ps, int i) throws SQLException {
            Object[] row = rows.get(i);
            for (int c = 0; c < row.length; c++) {
                bind(ps, c + 1, row[c]);
            }
        }

        @Override
        public int getBatchSize() {
            return rows.size();
        }
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        switch (value) {
            case null -> ps.setNull(index, Types.NULL);
            case String s -> ps.setString(index, s);
            case Integer n -> ps.setInt(index, n);
            case Long n -> ps.setLong(index, n);
            case Boolean b -> ps.setBoolean(index, b);
            case BigDecimal d -> ps.setBigDecimal(index, d);
            default -> ps.setObject(index, value);
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
