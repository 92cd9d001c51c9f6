package org.attain.importing.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.attain.importing.IndicatorDraft;
import org.attain.importing.read.Cell;
import org.jspecify.annotations.Nullable;

/**
 * Finds an indicator's row among the cells of an earlier year's table and says which cell holds what: its name, its
 * target (one cell, or 指标性质 | 指标值 | 度量单位), and the cells before and after the target in the header's order.
 * The row ends at the next indicator's name, a 一级/二级 level, a total line, or (in a real table) the end of the row.
 */
final class RowCells {

    /** A 一级 or 二级 level ("产出指标(50分)", "经济效益 指标", "服务对象满意度指标等"): no stated value. */
    private static final Pattern LEVEL =
            Pattern.compile("^[\\p{IsHan}]{0,8}(?:产出|效益|满意度|数量|质量|时效|成本|影响|完成|环境)指标等?(?:\\([0-9.]+分\\))?$");

    private static final Pattern SUMMARY = Pattern.compile("^(?:合计|总分|总计|其他需要说明事项|评价结论|存在问题|项目负责人|说明).*");
    /** The most cells a row of values holds (weight, target in three, actual, score, reasons in pieces). */
    private static final int MAX_ROW = 14;

    /** A row found: where its name is, the index after it, and the cells by column. */
    record Found(int nameAt, int end, Map<Column, List<Cell>> cells, int unplaced) {}

    private RowCells() {}

    /** The position of the indicator's name at or after {@code from}, or -1 when it is not there. */
    static int locate(List<Cell> cells, int from, IndicatorDraft indicator) {
        String name = Flat.compact(indicator.name());
        String prefix = name.substring(0, Math.min(4, name.length()));
        for (int i = from; i < cells.size(); i++) {
            String text = Flat.compact(cells.get(i).text()).replaceAll("[★*]", "");
            if (text.contains(name) || cells.get(i).line() == indicator.line() && text.startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    static Found read(List<Cell> cells, int nameAt, int next, IndicatorDraft indicator, Header header) {
        Cell name = cells.get(nameAt);
        int end = nameAt + 1;
        int limit = Math.min(Math.min(next < 0 ? cells.size() : next, cells.size()), nameAt + 1 + MAX_ROW);
        while (end < limit && !stops(cells.get(end), name, header)) {
            end++;
        }
        List<Cell> row = cells.subList(nameAt + 1, end);
        if (!header.positions().isEmpty() && name.positioned()) {
            return new Found(nameAt, end, byPosition(row, header), 0);
        }
        int[] target = target(row, indicator, header.before().size());
        Map<Column, List<Cell>> placed = new EnumMap<>(Column.class);
        int unplaced = place(row.subList(0, target[0]), header.before(), placed)
                + place(row.subList(target[1], row.size()), header.after(), placed);
        return new Found(nameAt, end, placed, unplaced);
    }

    private static boolean stops(Cell cell, Cell name, Header header) {
        String text = Flat.compact(cell.text());
        if (!header.positions().isEmpty() && name.positioned()) {
            return cell.line() != name.line() || !cell.where().equals(name.where());
        }
        return LEVEL.matcher(text).matches() || SUMMARY.matcher(text).matches();
    }

    private static Map<Column, List<Cell>> byPosition(List<Cell> row, Header header) {
        Map<Column, List<Cell>> placed = new EnumMap<>(Column.class);
        for (Cell c : row) {
            Column col = header.positions().get(c.column());
            if (col != null && col != Column.TARGET && col != Column.NAME && col != Column.LEVEL) {
                placed.computeIfAbsent(col, k -> new ArrayList<>()).add(c);
            }
        }
        return placed;
    }

    /** Where the target's cells start and end in the row: the run that spells the target as the import read it. */
    private static int[] target(List<Cell> row, IndicatorDraft indicator, int before) {
        String target = Flat.compact(indicator.target().text());
        for (int i = 0; i < row.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < Math.min(row.size(), i + 3); j++) {
                joined.append(Flat.compact(row.get(j).text()));
                if (joined.toString().equals(target)) {
                    return new int[] {i, j + 1};
                }
                if (!target.startsWith(joined.toString())) {
                    break;
                }
            }
        }
        // written otherwise than the import read it: the cell where the header puts the target
        int at = Math.min(before, row.size());
        return new int[] {at, Math.min(at + 1, row.size())};
    }

    /**
     * Gives the cells to the columns in order. A row shorter than its header lost its empty cells: a weight or score
     * must be a plain number, so a cell that is not goes to the next column that takes text. Cells left over join the
     * reasons. Returns how many columns got no cell while cells were missing.
     */
    private static int place(List<Cell> row, List<Column> columns, Map<Column, List<Cell>> placed) {
        int c = 0;
        int missing = 0;
        for (int k = 0; k < columns.size() && c < row.size(); k++) {
            Column col = columns.get(k);
            boolean numeric = StatedValues.plainNumber(row.get(c).text());
            if ((col == Column.WEIGHT || col == Column.SCORE) && !numeric) {
                missing++;
                continue;
            }
            if (col == Column.REASON && numeric && row.size() - c < columns.size() - k) {
                missing++;
                continue;
            }
            placed.computeIfAbsent(col, x -> new ArrayList<>()).add(row.get(c++));
        }
        while (c < row.size()) {
            placed.computeIfAbsent(Column.REASON, x -> new ArrayList<>()).add(row.get(c++));
        }
        return row.size() < columns.size() && !row.isEmpty() ? Math.max(missing, 1) : missing;
    }

    static @Nullable String text(@Nullable List<Cell> cells) {
        if (cells == null || cells.isEmpty()) {
            return null;
        }
        return String.join(" ", cells.stream().map(Cell::text).toList()).strip();
    }
}
