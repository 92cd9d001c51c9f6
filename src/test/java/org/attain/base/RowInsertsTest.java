package org.attain.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class RowInsertsTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final List<String> statements = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    RowInsertsTest() {
        when(jdbc.update(anyString(), any(Object[].class))).thenAnswer(call -> {
            statements.add(call.getArgument(0));
            Object[] args = Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length);
            parameters.addAll(
                    args.length == 1 && args[0] instanceof Object[] a ? Arrays.asList(a) : Arrays.asList(args));
            return 0;
        });
    }

    private static List<Object[]> rows(int count, String text) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {(long) i, i % 2 == 0 ? null : text, 0});
        }
        return rows;
    }

    private static long rowsIn(String statement) {
        return statement.chars().filter(c -> c == '(').count() - 1;
    }

    @Test
    void rows_go_in_order_as_few_statements_as_the_parameter_limit_allows() {
        List<Object[]> rows = rows(15_000, "x");
        RowInserts.insert(jdbc, "INSERT INTO t (a, b, c)", "(?, ?, ?)", rows);
        assertThat(statements).hasSize(3);
        assertThat(statements).map(RowInsertsTest::rowsIn).containsExactly(6666L, 6666L, 1668L);
        assertThat(statements.getFirst()).startsWith("INSERT INTO t (a, b, c) VALUES (?, ?, ?),(?, ?, ?),");
        assertThat(parameters)
                .containsExactlyElementsOf(rows.stream().flatMap(Arrays::stream).toList());
    }

    @Test
    void long_texts_cut_the_statements_short_of_the_servers_packet_size() {
        RowInserts.insert(jdbc, "INSERT INTO t (a, b, c)", "(?, ?, ?)", rows(1_000, "长".repeat(2_000)));
        assertThat(statements).hasSizeGreaterThan(1);
        assertThat(statements).allSatisfy(s -> assertThat(rowsIn(s)).isLessThanOrEqualTo(700));
        assertThat(statements.stream().mapToLong(RowInsertsTest::rowsIn).sum()).isEqualTo(1_000);
    }

    @Test
    void no_rows_write_nothing_and_a_row_of_the_wrong_width_is_refused() {
        RowInserts.insert(jdbc, "INSERT INTO t (a)", "(?)", List.of());
        verify(jdbc, never()).update(anyString(), any(Object[].class));
        assertThatThrownBy(() -> RowInserts.insert(jdbc, "INSERT INTO t (a)", "(?)", List.<Object[]>of(new Object[2])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_batch_binds_each_value_by_the_setter_of_its_type() throws Exception {
        java.sql.PreparedStatement ps = mock(java.sql.PreparedStatement.class);
        when(jdbc.batchUpdate(anyString(), any(org.springframework.jdbc.core.BatchPreparedStatementSetter.class)))
                .thenAnswer(call -> {
                    statements.add(call.getArgument(0));
                    org.springframework.jdbc.core.BatchPreparedStatementSetter setter = call.getArgument(1);
                    for (int i = 0; i < setter.getBatchSize(); i++) {
                        setter.setValues(ps, i);
                    }
                    return new int[setter.getBatchSize()];
                });
        RowInserts.batch(jdbc, "t", "a, b, c, d, e, f", List.<Object[]>of(new Object[] {
            "x", 2, 3L, true, new java.math.BigDecimal("1.50"), null
        }));
        assertThat(statements).containsExactly("INSERT INTO t (a, b, c, d, e, f) VALUES (?,?,?,?,?,?)");
        verify(ps).setString(1, "x");
        verify(ps).setInt(2, 2);
        verify(ps).setLong(3, 3L);
        verify(ps).setBoolean(4, true);
        verify(ps).setBigDecimal(5, new java.math.BigDecimal("1.50"));
        verify(ps).setNull(6, java.sql.Types.NULL);
    }
}
