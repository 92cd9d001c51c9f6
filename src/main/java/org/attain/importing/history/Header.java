package org.attain.importing.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.importing.read.Cell;
import org.jspecify.annotations.Nullable;

/**
 * The header of an earlier year's indicator table: the run of header cells around its 三级指标, and what stands
 * before and after the target in a row (分值 | 年度指标值 | 全年实际值 | 得分 or 年度指标值 | 实际完成值 | 分值 | 得分 …). A
 * header in two rows (年度指标值 split into 指标性质 | 指标值 | 度量单位 below) gives the target once. In a real table
 * ({@code positions}) the column of each header cell says what a cell below it holds.
 */
record Header(int start, int end, List<Column> before, List<Column> after, int month, Map<Integer, Column> positions) {

    /**
     * The first header at or after {@code from}, or null when there is none; {@code strict} when the columns of the
     * cells are certain (a workbook, a Word or PDF table), not a text whose rows may have slid.
     */
    static @Nullable Header find(List<Cell> cells, int from, boolean strict) {
        for (int i = from; i < cells.size(); i++) {
            if (Column.of(cells.get(i).text()) != Column.NAME) {
                continue;
            }
            int start = i;
            while (start > from && Column.of(cells.get(start - 1).text()) != null) {
                start--;
            }
            int end = i + 1;
            while (end < cells.size() && Column.of(cells.get(end).text()) != null) {
                end++;
            }
            return of(cells.subList(start, end), start, end, strict);
        }
        return null;
    }

    private static Header of(List<Cell> run, int start, int end, boolean strict) {
        List<Column> before = new ArrayList<>();
        List<Column> after = new ArrayList<>();
        Map<Integer, Column> positions = new HashMap<>();
        boolean target = false;
        int month = 0;
        for (Cell c : run) {
            Column col = Column.of(c.text());
            month = Math.max(month, Column.month(c.text()));
            if (strict && c.positioned() && col != null) {
                for (int k = c.column(); k <= c.lastColumn(); k++) {
                    positions.putIfAbsent(k, col);
                }
            }
            if (col == Column.TARGET) {
                target = true;
            } else if (col != Column.LEVEL && col != Column.NAME && col != null) {
                (target ? after : before).add(col);
            }
        }
        return new Header(start, end, List.copyOf(before), List.copyOf(after), month, Map.copyOf(positions));
    }

    boolean states(Column column) {
        return before.contains(column) || after.contains(column);
    }
}
