package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;
import org.attain.indicator.GoalTable;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an indicator table, as its header row (or two header rows) names them: which column holds the
 * 一级, 二级 and 三级 levels, the target (or its 指标性质, 指标值 and 度量单位 in three columns), the basis, and which
 * columns are not imported. A table may hold two sets of values side by side — long-term and annual, each with its
 * own columns (财预〔2015〕88号) or only its own target column — and then every row gives an indicator to each.
 */
final class Columns {

    /** One column of the header: where it is, what it holds, whether it speaks of long-term values. */
    record Column(int first, int last, Role role, String header, boolean longTerm, Cell cell) {
        boolean covers(int column) {
            return first <= column && column <= last;
        }
    }

    /** The columns giving one table's indicators. */
    record ColumnSet(GoalTable table, List<Column> columns) {
        @Nullable
        Column at(int column) {
            for (Column c : columns) {
                if (c.covers(column)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final List<Column> columns;
    private final List<ColumnSet> sets;

    private Columns(List<Column> columns, List<ColumnSet> sets) {
        this.columns = columns;
        this.sets = sets;
    }

    List<ColumnSet> sets() {
        return sets;
    }

    List<Column> columns() {
        return columns;
    }

    /** The column of the header that covers a cell's column, or null. */
    @Nullable
    Column at(int column) {
        for (Column c : columns) {
            if (c.covers(column)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether a row is a header of an indicator table: at least two cells name a column, one of them a level or the
     * target, and no cell is a target or a level's value.
     */
    static boolean isHeader(Row row) {
        if (row.cells().stream().noneMatch(c -> {
            Role r = Role.of(c.text());
            return r != null && r.defining();
        })) {
            return false;
        }
        int named = 0;
        boolean defining = false;
        for (Cell c : row.cells()) {
            Role role = Role.ofHeader(c.text());
            if (role != null) {
                named++;
                defining |= role.defining();
            }
        }
        return named >= 2 && defining && named * 2 >= row.cells().size();
    }

    /**
     * The columns a header row names; {@code above}, the header row right above it if any (a header on two rows:
     * what the lower row names wins, the upper row covers the rest), {@code open} the table a title above opened.
     */
    static Columns of(Row header, @Nullable Columns above, @Nullable GoalTable open) {
        TreeMap<Integer, Column> byColumn = new TreeMap<>();
        List<Column> added = new ArrayList<>();
        if (above != null) {
            above.columns.forEach(c -> byColumn.put(c.first(), c));
        }
        for (Cell c : header.cells()) {
            Role role = Role.ofHeader(c.text());
            if (role == null) {
                continue;
            }
            int first = Math.max(0, c.column());
            int last = c.column() < 0 ? first : c.lastColumn();
            boolean longTerm = Role.longTerm(c.text());
            Column upper = byColumn.values().stream()
                    .filter(u -> u.covers(first) && !added.contains(u))
                    .findFirst()
                    .orElse(null);
            if (upper != null) {
                byColumn.remove(upper.first());
                longTerm |= upper.longTerm();
                if (upper.first() < first) {
                    byColumn.put(
                            upper.first(),
                            new Column(
                                    upper.first(),
                                    first - 1,
                                    upper.role(),
                                    upper.header(),
                                    upper.longTerm(),
                                    upper.cell()));
                }
                if (upper.last() > last) {
                    byColumn.put(
                            last + 1,
                            new Column(
                                    last + 1,
                                    upper.last(),
                                    upper.role(),
                                    upper.header(),
                                    upper.longTerm(),
                                    upper.cell()));
                }
            }
            Column column = new Column(first, last, role, c.text(), longTerm, c);
            byColumn.put(first, column);
            added.add(column);
        }
        List<Column> columns = new ArrayList<>(byColumn.values());
        return new Columns(columns, sets(columns, open));
    }

    /**
     * The sets of a header: a level or a name seen twice starts a second set (long-term, then annual); a set with a
     * long-term and an annual target column gives two. Columns left of the second set (一级指标) are shared.
     */
    private static List<ColumnSet> sets(List<Column> columns, @Nullable GoalTable open) {
        List<List<Column>> groups = new ArrayList<>();
        List<Column> group = new ArrayList<>();
        Set<Role> seen = EnumSet.noneOf(Role.class);
        for (Column c : columns) {
            boolean repeats = (c.role() == Role.SUBCATEGORY || c.role() == Role.NAME) && seen.contains(c.role());
            if (repeats) {
                groups.add(group);
                group = new ArrayList<>();
                seen.clear();
            }
            seen.add(c.role());
            group.add(c);
        }
        groups.add(group);
        List<ColumnSet> sets = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Column> own = new ArrayList<>(groups.get(g));
            if (g > 0) {
                for (Column shared : groups.getFirst()) {
                    if (own.stream().noneMatch(c -> c.role() == shared.role()) && shared.role() != Role.VALUE) {
                        own.add(shared);
                    }
                }
            }
            List<Column> values =
                    own.stream().filter(c -> c.role() == Role.VALUE).toList();
            boolean both = values.stream().anyMatch(Column::longTerm)
                    && values.stream().anyMatch(c -> !c.longTerm());
            if (both) {
                for (Column value : values) {
                    List<Column> one = new ArrayList<>(own);
                    one.removeIf(c -> c.role() == Role.VALUE && c != value);
                    sets.add(new ColumnSet(value.longTerm() ? GoalTable.LONG_TERM : GoalTable.ANNUAL, one));
                }
                continue;
            }
            GoalTable table;
            if (values.stream().anyMatch(Column::longTerm)) {
                table = GoalTable.LONG_TERM;
            } else if (groups.size() > 1) {
                table = g == 0 ? GoalTable.LONG_TERM : GoalTable.ANNUAL;
            } else {
                table = open != null ? open : GoalTable.ANNUAL;
            }
            sets.add(new ColumnSet(table, own));
        }
        return sets;
    }

    /** The columns whose content is not imported, each with its header cell. */
    List<Column> ignored() {
        return columns.stream().filter(c -> c.role().ignored()).toList();
    }

    /** Whether the header has a column for the levels of {@code role}. */
    boolean has(Role role) {
        return first(role) != null;
    }

    /** The first column of a role, or null. */
    @Nullable
    Column first(Role role) {
        for (Column c : columns) { // a loop, not a stream: asked for every row of a table
            if (c.role() == role) {
                return c;
            }
        }
        return null;
    }

    /** The cell of a row in a column, or null when the row has none there. */
    static @Nullable Cell in(Row row, @Nullable Column column) {
        if (column == null) {
            return null;
        }
        return row.cells().stream()
                .filter(c -> column.covers(c.column()))
                .findFirst()
                .orElse(null);
    }

    static final Set<Role> COMBINED = Set.of(Role.OPERATOR, Role.UNIT, Role.DIRECTION);
}
