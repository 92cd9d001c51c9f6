package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.List;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;

/**
 * A row of a text table that slid left under its header because its merged cells are written only on the first row
 * of their block ("质量指标 | 创建质量 | 按质按量完成" under "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值"): the level it
 * starts with says where it stands, so its cells are moved right to their columns, and the target's column holds the
 * target rather than what stands after it (实际完成值, 实施进度).
 */
final class RowSlide {

    private RowSlide() {}

    static Row aligned(Row row, Columns columns, boolean grid) {
        if (grid || row.cells().isEmpty()) {
            return row;
        }
        int shift = 0;
        for (Cell cell : row.cells().subList(0, Math.min(2, row.cells().size()))) {
            Columns.Column level = Vocabulary.category(cell.text()) != null
                    ? columns.first(Role.CATEGORY)
                    : Vocabulary.fullSubcategory(cell.text()) ? columns.first(Role.SUBCATEGORY) : null;
            if (level != null && cell.positioned()) {
                shift = level.first() - cell.column();
                break;
            }
        }
        if (shift <= 0) {
            return row;
        }
        List<Cell> moved = new ArrayList<>(row.cells().size());
        for (Cell c : row.cells()) {
            moved.add(new Cell(c.text(), c.raw(), c.where(), c.column() + shift, c.span()));
        }
        return new Row(moved, row.tabular());
    }
}
