package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.List;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;

/**
 * In a list of several projects copied as text (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | …), a row whose merged
 * 单位名称 cell was left out slides one column left: the project's name stands under 单位名称 and its amount under 项目名称
 * ("| 基层组织活动经费 | 660,000.00 | 包括必要的办公用品费… | 满意度指标 | …"). Such a row is put back in its columns up to its first
 * level, so that the name starts its project and the amount is its budget, instead of an indicator named after the
 * project with its budget as target.
 */
final class SlidRows {

    private SlidRows() {}

    static Row realigned(Row row, Columns columns) {
        Columns.Column project = columns.first(Role.PROJECT);
        Columns.Column budget = columns.first(Role.BUDGET);
        if (project == null || budget == null || budget.first() != project.last() + 1) {
            return row;
        }
        List<Cell> cells = row.cells();
        int at = -1;
        for (int i = 1; i < cells.size(); i++) {
            if (project.covers(cells.get(i).column())) {
                at = i;
            }
        }
        if (at < 1
                || !Budgets.looksLikeAmount(cells.get(at).text())
                || cells.get(at - 1).column() >= project.first()
                || !Slots.projectName(cells.get(at - 1))
                || Budgets.looksLikeAmount(cells.get(at - 1).text())) {
            return row;
        }
        boolean levelFollows = cells.subList(at, cells.size()).stream()
                .anyMatch(c -> Vocabulary.category(c.text()) != null || Vocabulary.subcategory(c.text()) != null);
        if (!levelFollows) {
            // a department's total under its name ("| 820-马踏镇部门 | 8,827,620.53 |"): no project's row
            return row;
        }
        int shift = project.first() - cells.get(at - 1).column();
        List<Cell> out = new ArrayList<>(cells.size());
        boolean moving = true;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            moving &= i < at - 1 || Vocabulary.category(c.text()) == null && Vocabulary.subcategory(c.text()) == null;
            out.add(moving && i >= at - 1 ? new Cell(c.text(), c.raw(), c.where(), c.column() + shift, c.span()) : c);
        }
        return new Row(out, row.tabular());
    }
}
