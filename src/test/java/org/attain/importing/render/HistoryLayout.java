package org.attain.importing.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.attain.importing.render.Layout.Cell;
import org.attain.importing.render.Layout.Item;
import org.attain.importing.render.Layout.Paragraph;
import org.attain.importing.render.Layout.Table;

/**
 * An earlier year's self-evaluation table (项目支出绩效自评表, as 财预〔2020〕10号 prints it) or monitoring table
 * (绩效运行监控表 with its 1-N月执行情况 and 全年预计完成情况 columns), laid out with merged cells as offices fill the
 * template in Word and Excel, for the tests that read such tables back as history in every format.
 */
public final class HistoryLayout {

    /** One indicator row: the levels, the name, the target and what the table states beside it. */
    public record Line(
            String category,
            String subcategory,
            String name,
            String target,
            String actual,
            String forecast,
            String weight,
            String score,
            String reason) {}

    /** The project's header, its funds (万元) and its indicators; {@code month} 12 is a self-evaluation. */
    public record Sheet(
            int year,
            int month,
            String project,
            String department,
            String budget,
            String executed,
            String budgetWeight,
            String budgetScore,
            List<Line> lines,
            String total,
            String grade) {

        boolean selfEvaluation() {
            return month == 12;
        }
    }

    private static final int COLUMNS = 9;

    private HistoryLayout() {}

    public static List<Item> of(Sheet s) {
        List<Item> items = new ArrayList<>();
        items.add(new Paragraph(s.selfEvaluation() ? "项目支出绩效自评表" : "项目支出绩效运行监控表"));
        items.add(new Paragraph("（" + s.year() + "年度）"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(Layout.row(Cell.of("项目名称"), new Cell(s.project(), 8, 1)));
        rows.add(Layout.row(
                Cell.of("主管部门"), new Cell(s.department(), 3, 1), Cell.of("实施单位"), new Cell(s.department(), 4, 1)));
        String executedHeader = s.selfEvaluation() ? "全年执行数" : "1-" + s.month() + "月执行数";
        String rateHeader = s.selfEvaluation() ? "执行率" : "1-" + s.month() + "月执行率";
        rows.add(Layout.row(
                new Cell("项目资金（万元）", 1, 5),
                Cell.of(""),
                Cell.of("年初预算数"),
                Cell.of("全年预算数"),
                Cell.of(executedHeader),
                Cell.of("分值"),
                Cell.of(rateHeader),
                new Cell("得分", 2, 1)));
        rows.add(
                covered(1, "年度资金总额", s.budget(), s.budget(), s.executed(), s.budgetWeight(), rate(s), s.budgetScore()));
        rows.add(covered(1, "其中：当年财政拨款", s.budget(), s.budget(), s.executed(), "—", "—", "—"));
        rows.add(covered(1, "上年结转资金", "", "", "", "—", "—", "—"));
        rows.add(covered(1, "其他资金", "", "", "", "—", "—", "—"));
        rows.add(header(s));
        List<Line> lines = s.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            boolean newCategory =
                    i == 0 || !l.category().equals(lines.get(i - 1).category());
            boolean newSub =
                    newCategory || !l.subcategory().equals(lines.get(i - 1).subcategory());
            List<Cell> row = new ArrayList<>();
            row.add(i == 0 ? new Cell("绩效指标", 1, lines.size()) : null);
            row.add(
                    newCategory
                            ? new Cell(l.category(), 1, Layout.run(lines, i, Line::category, Line::subcategory, true))
                            : null);
            row.add(
                    newSub
                            ? new Cell(
                                    l.subcategory(), 1, Layout.run(lines, i, Line::category, Line::subcategory, false))
                            : null);
            row.add(Cell.of(l.name()));
            row.add(Cell.of(l.target()));
            row.add(Cell.of(l.actual()));
            if (s.selfEvaluation()) {
                row.add(Cell.of(l.weight()));
                row.add(Cell.of(l.score()));
            } else {
                row.add(Cell.of(l.forecast()));
                row.add(Cell.of("确定能"));
            }
            row.add(Cell.of(l.reason()));
            rows.add(row);
        }
        if (s.selfEvaluation()) {
            rows.add(Layout.row(new Cell("总分", 6, 1), Cell.of("100"), Cell.of(s.total()), Cell.of(s.grade())));
        }
        items.add(new Table(COLUMNS, rows));
        return items;
    }

    private static List<Cell> header(Sheet s) {
        List<Cell> row = new ArrayList<>(List.of(
                Cell.of("绩效指标"),
                Cell.of("一级指标"),
                Cell.of("二级指标"),
                Cell.of("三级指标"),
                Cell.of("年度指标值"),
                Cell.of(s.selfEvaluation() ? "实际完成值" : "1-" + s.month() + "月执行情况")));
        if (s.selfEvaluation()) {
            row.add(Cell.of("分值"));
            row.add(Cell.of("得分"));
            row.add(Cell.of("偏差原因分析及改进措施"));
        } else {
            row.add(Cell.of("全年预计完成情况"));
            row.add(Cell.of("完成目标可能性"));
            row.add(Cell.of("偏差原因分析"));
        }
        return row;
    }

    private static String rate(Sheet s) {
        BigDecimal budget = new BigDecimal(s.budget());
        BigDecimal executed = new BigDecimal(s.executed());
        return executed.multiply(BigDecimal.valueOf(100))
                        .divide(budget, 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }

    /** A row under a label merged down from above over its first {@code coveredColumns} columns, then its texts. */
    private static List<Cell> covered(int coveredColumns, String label, String... texts) {
        List<Cell> row = new ArrayList<>();
        for (int k = 0; k < coveredColumns; k++) {
            row.add(null);
        }
        row.add(Cell.of(label));
        for (int k = 0; k < texts.length; k++) {
            boolean last = k == texts.length - 1;
            row.add(last ? new Cell(texts[k], 2, 1) : Cell.of(texts[k]));
        }
        while (row.size() < COLUMNS) {
            row.add(null);
        }
        return row;
    }
}
