package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;
import org.attain.targets.TargetParser;

/**
 * A target written over three cells without a header to say so — 指标性质 {@code ≧}, 指标值 {@code 100}, 度量单位
 * {@code %} — put back together as one cell ({@code ≧100%}), as a person reads it; also a bare number followed by its
 * unit in a cell of its own.
 */
final class SplitTargets {

    private static final int OPERATOR_MAX = 4;

    private SplitTargets() {}

    /**
     * The same across rows of one cell each (a table copied one cell per line): an operator row, a number row and a
     * unit row read as one target.
     */
    static List<Row> joinedLines(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (single(row)
                    && operator(row.cells().getFirst().text())
                    && i + 1 < rows.size()
                    && single(rows.get(i + 1))) {
                List<Cell> cells = new ArrayList<>(
                        List.of(row.cells().getFirst(), rows.get(i + 1).cells().getFirst()));
                if (i + 2 < rows.size()
                        && single(rows.get(i + 2))
                        && unit(rows.get(i + 2).cells().getFirst().text())) {
                    cells.add(rows.get(i + 2).cells().getFirst());
                }
                Row together = joined(new Row(cells, false));
                if (together.cells().size() == 1) {
                    out.add(together);
                    i += cells.size() - 1;
                    continue;
                }
            }
            out.add(row);
        }
        return out;
    }

    private static boolean single(Row row) {
        return !row.tabular() && row.cells().size() == 1;
    }

    static Row joined(Row row) {
        List<Cell> cells = row.cells();
        if (cells.size() < 2) {
            return row;
        }
        List<Cell> out = new ArrayList<>(cells.size());
        boolean changed = false;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            String text = c.text().strip();
            int used = 1;
            String joined = null;
            if (operator(text)
                    && i + 1 < cells.size()
                    && number(cells.get(i + 1).text())) {
                joined = text + cells.get(i + 1).text().strip();
                used = 2;
                if (i + 2 < cells.size() && unit(cells.get(i + 2).text())) {
                    joined += cells.get(i + 2).text().strip();
                    used = 3;
                }
            } else if (number(text)
                    && i > 0
                    && i + 1 < cells.size()
                    && unit(cells.get(i + 1).text())
                    && !number(cells.get(i - 1).text())) {
                joined = text + cells.get(i + 1).text().strip();
                used = 2;
            }
            if (joined != null && TargetParser.looksLikeTarget(joined)) {
                Cell last = cells.get(i + used - 1);
                out.add(new Cell(
                        joined, c.raw(), c.where(), c.column(), Math.max(1, last.lastColumn() - c.column() + 1)));
                i += used - 1;
                changed = true;
            } else {
                out.add(c);
            }
        }
        return changed ? new Row(out, row.tabular()) : row;
    }

    /** A cell that is a comparator alone: ≥, ≧, >=, ═, 大于等于. */
    static boolean operator(String text) {
        String t = text.strip();
        return !t.isEmpty()
                && t.length() <= OPERATOR_MAX
                && TargetParser.comparatorOf(t) != null
                && t.chars().noneMatch(Character::isDigit);
    }

    private static boolean number(String text) {
        String t = text.strip();
        // a number starts with a digit: a cheap test before the pattern
        return !t.isEmpty() && isDigit(t.charAt(0)) && NUMBER.matcher(t).matches();
    }

    /** A digit as {@link #NUMBER} takes it, half or full width. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean unit(String text) {
        String t = text.strip();
        return !t.isEmpty()
                && t.length() <= 6
                && t.chars().noneMatch(Character::isDigit)
                && TargetParser.looksLikeTarget("1" + t)
                && !TargetParser.isKnownQualitative("1" + t);
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?");
}
