package org.attain.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * How many indicator rows of the status table fall in each view, checkpoint, department, 二级指标 and light (table
 * {@code indicator_totals}, V19): what the heat map and the summary's counts read, a few thousand totals instead of a
 * checkpoint's 130,000 rows at 10,000 projects.
 * <p>
 * Kept in the transaction that writes the status rows: {@link StatusTable} counts the rows of the projects it is about
 * to judge again ({@link #count}) and, once it has written them, {@link #update} adds the difference. Only totals whose
 * count changed are written, in key order, so a save that changes no light writes none, and two saves in one department
 * lock their totals in the same order. {@link #rebuild} counts every total again from the rows, {@link #differences}
 * compares the totals with a fresh count.
 */
@Service
class StatusTotals {

    private static final String KEY =
            "view, checkpoint_year, checkpoint_month, department_id, subcategory, light, late_light, flagged";
    private static final int CHUNK = 500;
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::view)
            .thenComparing(Key::year)
            .thenComparing(Key::month)
            .thenComparing(Key::department)
            .thenComparing(Key::subcategory)
            .thenComparing(Key::light)
            .thenComparing(Key::lateLight)
            .thenComparing(Key::flagged);

    private final JdbcTemplate jdbc;

    StatusTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One total's key: the columns of {@link #KEY}. */
    private record Key(
            String view,
            int year,
            int month,
            long department,
            String subcategory,
            String light,
            String lateLight,
            boolean flagged) {

        Object[] row(int indicators) {
            return new Object[] {view, year, month, department, subcategory, light, lateLight, flagged, indicators};
        }
    }

    /** The counts of some projects' rows at some months, taken before they are judged again. */
    record Counted(Map<Key, Integer> counts) {}

    /** Counts the rows of these projects at these months (1–12), as they stand. */
    Counted count(Collection<Long> projectIds, Set<Integer> months) {
        String only = months.equals(StatusTable.ALL_MONTHS)
                ? ""
                : "checkpoint_month IN ("
                        + String.join(",", months.stream().map(String::valueOf).toList()) + ") AND ";
        Map<Key, Integer> counts = new HashMap<>();
        if (!projectIds.isEmpty()) {
            jdbc.query(
                    "SELECT " + KEY + ", COUNT(*) FROM indicator_status WHERE " + only + "project_id IN ("
                            + String.join(
                                    ",",
                                    projectIds.stream().map(String::valueOf).toList())
                            + ") GROUP BY " + KEY,
                    rs -> {
                        counts.put(
                                new Key(
                                        rs.getString(1),
                                        rs.getInt(2),
                                        rs.getInt(3),
                                        rs.getLong(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        rs.getString(7),
                                        rs.getBoolean(8)),
                                rs.getInt(9));
                    });
        }
        return new Counted(counts);
    }

    /**
     * After the rows counted {@code before} were written again as {@code written} (rows of {@code indicator_status}, its
     * columns in {@link StatusTable}'s order): adds to each total what its count changed by. The written rows are counted
     * here, not read back; a 二级指标 the collation takes for another's ends in the same total all the same.
     */
    void update(Counted before, List<Object[]> written) {
        Map<Key, Integer> change = new HashMap<>();
        for (Object[] row : written) {
            change.merge(
                    new Key(
                            (String) row[0],
                            (Integer) row[1],
                            (Integer) row[2],
                            (Long) row[5],
                            (String) row[6],
                            (String) row[7],
                            (String) row[8],
                            (Boolean) row[9]),
                    1,
                    Integer::sum);
        }
        before.counts().forEach((k, n) -> change.merge(k, -n, Integer::sum));
        List<Key> keys = new ArrayList<>(change.keySet());
        keys.removeIf(k -> change.get(k) == 0);
        keys.sort(ORDER);
        String one = "(" + String.join(",", Collections.nCopies(9, "?")) + ")";
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<Key> part = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            jdbc.update(
                    "INSERT INTO indicator_totals (" + KEY + ", indicators) VALUES "
                            + String.join(",", Collections.nCopies(part.size(), one))
                            + " ON DUPLICATE KEY UPDATE indicators = indicators + VALUES(indicators)",
                    part.stream()
                            .flatMap(k -> Arrays.stream(k.row(change.get(k))))
                            .toArray());
        }
    }

    /** Counts every total again from the status rows (recovery: {@code attain rebuild-status}). */
    void rebuild() {
        jdbc.update("DELETE FROM indicator_totals");
        jdbc.update("INSERT INTO indicator_totals (" + KEY + ", indicators) SELECT " + KEY
                + ", COUNT(*) FROM indicator_status GROUP BY " + KEY);
    }

    /**
     * Where the totals of a year (null: every year) differ from a fresh count of the status rows, one line per differing
     * total (empty when they agree; a total of 0 equals no rows).
     */
    List<String> differences(@Nullable Integer year) {
        String of = year == null ? "" : " WHERE checkpoint_year = " + year;
        Map<String, Integer> stored = new HashMap<>();
        jdbc.query("SELECT " + KEY + ", indicators FROM indicator_totals" + of, rs -> {
            if (rs.getInt(9) != 0) {
                stored.put(text(rs), rs.getInt(9));
            }
        });
        List<String> out = new ArrayList<>();
        jdbc.query("SELECT " + KEY + ", COUNT(*) FROM indicator_status" + of + " GROUP BY " + KEY, rs -> {
            Integer was = stored.remove(text(rs));
            if (was == null || was != rs.getInt(9)) {
                out.add("indicator_totals " + text(rs) + ": stored " + was + ", counted " + rs.getInt(9));
            }
        });
        stored.forEach((k, n) -> out.add("indicator_totals " + k + ": stored " + n + ", counted 0"));
        return out;
    }

    private static String text(ResultSet rs) throws SQLException {
        List<String> key = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            key.add(i == 8 ? String.valueOf(rs.getBoolean(i)) : rs.getString(i));
        }
        return key.toString();
    }
}
