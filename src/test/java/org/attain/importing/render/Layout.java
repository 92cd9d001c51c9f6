package org.attain.importing.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.attain.importing.IndicatorDraft;
import org.attain.importing.ProjectDraft;
import org.attain.indicator.GoalTable;

/**
 * An approval document laid out as the official 绩效目标批复 is printed — a title, the project's fields and goals in a
 * table, the long-term and the annual indicator tables with their 一级 and 二级 cells merged down — independent of the
 * format it is then rendered in (Word, Excel, PDF).
 */
public final class Layout {

    /** A paragraph or a table of the document. */
    public sealed interface Item permits Paragraph, Table {}

    public record Paragraph(String text) implements Item {}

    /** A table of {@code columns} columns; each row lists its cells left to right, covered cells as null. */
    public record Table(int columns, List<List<Cell>> rows) implements Item {}

    /** A cell spanning {@code columnSpan} columns and {@code rowSpan} rows (merged), with its text. */
    public record Cell(String text, int columnSpan, int rowSpan) {
        static Cell of(String text) {
            return new Cell(text, 1, 1);
        }
    }

    static final String[] HEADER = {"目标名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"};

    private Layout() {}

    public static List<Item> of(ProjectDraft p) {
        List<Item> items = new ArrayList<>();
        items.add(new Paragraph(p.year() + "年项目支出绩效目标批复"));
        items.add(new Paragraph("金额单位：万元"));
        List<List<Cell>> fields = new ArrayList<>();
        fields.add(row(Cell.of("项目名称"), new Cell(p.name(), 5, 1)));
        fields.add(row(
                Cell.of("项目预算"),
                Cell.of(p.budget().stripTrailingZeros().toPlainString()),
                Cell.of("项目类型"),
                new Cell(p.projectType(), 3, 1)));
        fields.add(row(Cell.of("资金性质"), new Cell(p.fundNature(), 5, 1)));
        fields.add(row(Cell.of("立项依据"), new Cell(p.basis(), 5, 1)));
        items.add(new Table(6, fields));
        items.add(new Paragraph("项目绩效总目标"));
        List<List<Cell>> goals = new ArrayList<>();
        goals.add(row(Cell.of("名称"), new Cell("目标说明", 5, 1)));
        if (p.longTermGoal() != null) {
            goals.add(row(Cell.of("长期绩效目标1"), new Cell(p.longTermGoal(), 5, 1)));
        }
        if (p.annualGoal() != null) {
            goals.add(row(Cell.of("年度绩效目标1"), new Cell(p.annualGoal(), 5, 1)));
        }
        items.add(new Table(6, goals));
        items.add(new Paragraph("长期绩效目标表"));
        items.add(indicators("长期绩效目标1", p.indicators(GoalTable.LONG_TERM)));
        items.add(new Paragraph("年度绩效目标表"));
        items.add(indicators("年度绩效目标1", p.indicators(GoalTable.ANNUAL)));
        return items;
    }

    private static Table indicators(String goal, List<IndicatorDraft> list) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        for (String h : HEADER) {
            header.add(Cell.of(h));
        }
        rows.add(header);
        for (int i = 0; i < list.size(); i++) {
            IndicatorDraft d = list.get(i);
            boolean newCategory = i == 0 || !d.category().equals(list.get(i - 1).category());
            boolean newSub =
                    newCategory || !d.subcategory().equals(list.get(i - 1).subcategory());
            List<Cell> row = new ArrayList<>();
            row.add(i == 0 ? new Cell(goal, 1, list.size()) : null);
            row.add(newCategory ? new Cell(d.category(), 1, run(list, i, true)) : null);
            row.add(newSub ? new Cell(d.subcategory(), 1, run(list, i, false)) : null);
            row.add(Cell.of(d.name()));
            row.add(Cell.of(d.target().text()));
            row.add(Cell.of(d.targetBasis() == null ? "计划值" : d.targetBasis()));
            rows.add(row);
        }
        return new Table(6, rows);
    }

    /** How many rows from {@code i} on share its category (or its category and subcategory). */
    private static int run(List<IndicatorDraft> list, int i, boolean categoryOnly) {
        return run(list, i, IndicatorDraft::category, IndicatorDraft::subcategory, categoryOnly);
    }

    /** How many rows from {@code i} on share its first level (or its first and second level), merged down. */
    static <T> int run(List<T> list, int i, Function<T, String> first, Function<T, String> second, boolean firstOnly) {
        int n = 1;
        while (i + n < list.size()
                && first.apply(list.get(i + n)).equals(first.apply(list.get(i)))
                && (firstOnly || second.apply(list.get(i + n)).equals(second.apply(list.get(i))))) {
            n++;
        }
        return n;
    }

    /** A row of cells, each followed by the nulls of the columns it spans. */
    static List<Cell> row(Cell... cells) {
        List<Cell> row = new ArrayList<>();
        for (Cell c : cells) {
            row.add(c);
            for (int k = 1; k < c.columnSpan(); k++) {
                row.add(null);
            }
        }
        return row;
    }
}
