package org.attain.portfolio;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts status table rows as one batch of a one-row statement (the driver's bulk in the binary protocol), each value
 * bound by the setter of its own type: the driver then needs no search for a codec per value, nor Spring a type
 * inspection per value (JFR: binding the ≈2 million values of a 1,000-project refresh that way was its largest Java
 * cost).
 */
final class StatusRowWriter {

    private StatusRowWriter() {}

    /** @param rows values of the {@code columns}, in their order: text, whole numbers, flags, amounts or null */
    static void insert(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
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
}
