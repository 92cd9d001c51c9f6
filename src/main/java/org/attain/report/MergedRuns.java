package org.attain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attain.report.Paper.Block;
import org.attain.report.Paper.Cell;
import org.jspecify.annotations.Nullable;

/**
 * The 一级 and 二级 cells the printed forms merge: runs of rows with the same value in a leading column, a 二级 run
 * never crossing a change of 一级. A row whose first cells span columns (a total row) ends every run.
 */
final class MergedRuns {

    private MergedRuns() {}

    /** Each run of two or more rows as {first row, last row, column}, rows counted from the block's first body row. */
    static List<int[]> of(Block block) {
        List<int[]> runs = new ArrayList<>();
        List<List<Cell>> rows = block.rows();
        for (int column = 0; column < block.mergedColumns(); column++) {
            int start = 0;
            for (int r = 1; r <= rows.size(); r++) {
                if (r == rows.size() || !continues(rows.get(r - 1), rows.get(r), column)) {
                    if (r - 1 > start) {
                        runs.add(new int[] {start, r - 1, column});
                    }
                    start = r;
                }
            }
        }
        return runs;
    }

    /** Whether a cell lies inside a run (its first row included). */
    static boolean covers(List<int[]> runs, int row, int column) {
        return runs.stream().anyMatch(run -> run[2] == column && row >= run[0] && row <= run[1]);
    }

    /** The run that starts at this cell, or null. */
    static int @Nullable [] startingAt(List<int[]> runs, int row, int column) {
        return runs.stream()
                .filter(run -> run[2] == column && run[0] == row)
                .findFirst()
                .orElse(null);
    }

    private static boolean continues(List<Cell> above, List<Cell> row, int column) {
        for (int c = 0; c <= column; c++) {
            if (!plain(above, c)
                    || !plain(row, c)
                    || !Objects.equals(above.get(c).text(), row.get(c).text())) {
                return false;
            }
        }
        return !row.get(column).text().isEmpty();
    }

    private static boolean plain(List<Cell> row, int index) {
        for (int c = 0; c <= index; c++) {
            if (c >= row.size() || row.get(c).span() != 1) {
                return false;
            }
        }
        return true;
    }
}
