package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;
import org.attain.targets.Comparator;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * A row of a table with a header, cut into what each set of columns gives: the cells with the role of their column,
 * the columns that are not imported left out (their header was warned about once), and a target written over three
 * columns (指标性质 {@code ≥}, 指标值 {@code 95}, 度量单位 {@code %}) put together into one ({@code ≥95%}).
 */
final class Slots {

    /** A cell and the role of its column (null: a column the header does not name). */
    record Slot(Cell cell, @Nullable Role role) {}

    private Slots() {}

    static List<List<Slot>> of(Row given, Columns columns, boolean grid) {
        Row row = RowSlide.aligned(given, columns, grid);
        List<List<Slot>> perSet = new ArrayList<>();
        boolean first = true;
        for (Columns.ColumnSet set : columns.sets()) {
            List<Slot> slots = new ArrayList<>();
            Cell operator = null;
            Cell unit = null;
            Cell direction = null;
            for (Cell cell : row.cells()) {
                Columns.Column column = columns.at(cell.column());
                if (column == null) {
                    if (first) {
                        slots.add(new Slot(cell, null));
                    }
                    continue;
                }
                if (first && !grid && slidInto(column, cell)) {
                    slots.add(new Slot(cell, null));
                    continue;
                }
                if (first && (levelElsewhere(column, cell) || !grid && labelColumn(column))) {
                    // rows slide under a header: a 一级/二级 name under another column is still that level
                    slots.add(new Slot(cell, null));
                    continue;
                }
                if (column.role().ignored()
                        || column.role() == Role.NONE
                        || column.role() == Role.PROJECT
                        || column.role() == Role.BUDGET
                        || set.at(cell.column()) == null) {
                    continue;
                }
                switch (column.role()) {
                    case OPERATOR -> operator = cell;
                    case UNIT -> unit = cell;
                    case DIRECTION -> direction = cell;
                    default -> slots.add(new Slot(cell, column.role()));
                }
            }
            perSet.add(combined(slots, operator, unit, direction));
            first = false;
        }
        return perSet;
    }

    /** The target put together from its columns, in the place of the 指标值 cell. */
    private static List<Slot> combined(
            List<Slot> slots, @Nullable Cell operator, @Nullable Cell unit, @Nullable Cell direction) {
        if (operator == null && unit == null && direction == null) {
            return slots;
        }
        int at = -1;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).role() == Role.VALUE) {
                at = i;
            }
        }
        Cell value = at >= 0 ? slots.get(at).cell() : null;
        String text = value == null ? "" : value.text().strip();
        Comparator comparator = operator == null ? null : TargetParser.comparatorOf(operator.text());
        if (value == null && operator != null && comparator == null && TargetParser.looksLikeTarget(operator.text())) {
            // the whole target written in the 指标性质 column
            text = operator.text().strip();
        }
        if (text.isEmpty()) {
            return slots;
        }
        boolean bareNumber = BARE_NUMBER.matcher(text).matches();
        if (unit != null
                && bareNumber
                && !unit.text().isBlank()
                && !"/".equals(unit.text().strip())
                && !unit.text().contains("定性")) {
            text = text + unit.text().strip();
        }
        boolean written = TargetParser.comparatorOf(text) != null;
        if (comparator != null && !written) {
            text = comparator.symbol() + text;
        } else if (comparator == null && !written && direction != null && bareStart(text)) {
            String d = direction.text();
            if (d.contains("反向") || d.contains("越小越好") || d.contains("逆向")) {
                text = "≤" + text;
            }
        }
        Cell anchor = value != null ? value : operator;
        Slot combined =
                new Slot(new Cell(text, anchor.raw(), anchor.where(), anchor.column(), anchor.span()), Role.VALUE);
        List<Slot> result = new ArrayList<>(slots);
        if (at >= 0) {
            result.set(at, combined);
        } else {
            result.add(combined);
        }
        return result;
    }

    /**
     * In a text whose header has a 分值/权重 column before the target's (a self-evaluation table: 三级指标 | 分值 | 年度指标值
     * | 实际值 | 得分), rows slide, so the weight is known by its place: a bare number between a name and a target.
     */
    static List<Slot> withoutWeights(List<Slot> slots, Columns columns) {
        Columns.Column weight = columns.first(Role.WEIGHT);
        Columns.Column value = columns.first(Role.VALUE);
        if (weight == null || value == null || weight.first() > value.first()) {
            return slots;
        }
        List<Slot> kept = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            String text = slots.get(i).cell().text().strip();
            boolean bare = SCORE.matcher(text).matches();
            boolean afterName = i > 0
                    && !TargetParser.looksLikeTarget(slots.get(i - 1).cell().text());
            boolean beforeTarget = i + 1 < slots.size()
                    && TargetParser.looksLikeTarget(slots.get(i + 1).cell().text());
            if (!(bare && afterName && beforeTarget)) {
                kept.add(slots.get(i));
            }
        }
        return kept;
    }

    /**
     * In a text, a cell that slid into the project's, the budget's or the 指标性质/度量单位 column from its own: a level, a
     * name or a whole target rather than a project name, an amount or a lone operator.
     */
    private static boolean slidInto(Columns.Column column, Cell cell) {
        return switch (column.role()) {
            case PROJECT -> !projectName(cell);
            case BUDGET -> !Budgets.looksLikeAmount(cell.text());
            case OPERATOR, UNIT, DIRECTION ->
                Budgets.holdsDigit(cell.text()) && TargetParser.looksLikeTarget(cell.text());
            default -> false;
        };
    }

    /** Whether a cell in the 项目名称 column of a text can be a project's name: no level, target or operator. */
    static boolean projectName(Cell cell) {
        String t = cell.text();
        return Vocabulary.category(t) == null
                && Vocabulary.subcategory(t) == null
                && !TargetParser.looksLikeTarget(t)
                && !SplitTargets.operator(t);
    }

    /** A column that holds only the labels of a row group (序号, 绩效指标): in a text, rows slide into it. */
    private static boolean labelColumn(Columns.Column column) {
        return column.role() == Role.NONE
                || column.role() == Role.GOAL_LABEL
                || column.role().ignored();
    }

    private static boolean levelElsewhere(Columns.Column column, Cell cell) {
        boolean dropped = column.role().ignored() || column.role() == Role.NONE || column.role() == Role.GOAL_LABEL;
        return dropped && (Vocabulary.category(cell.text()) != null || Vocabulary.subcategory(cell.text()) != null);
    }

    private static boolean bareStart(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    private static final Pattern BARE_NUMBER = Pattern.compile("[0-9０-９][0-9０-９.．,，]*");
    private static final Pattern SCORE = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]+)?");
}
