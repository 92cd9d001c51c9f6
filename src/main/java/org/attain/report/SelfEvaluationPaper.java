package org.attain.report;

import static org.attain.report.PaperWords.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attain.assessment.Basis;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.SelfEvaluation;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.report.Paper.Block;
import org.attain.report.Paper.Cell;

/**
 * The 绩效自评表 of one project (财预〔2020〕10号): the funds block with the budget's weight and score, every annual
 * indicator with its value, weight, score and reasons, the total with its grade, and how each line was scored. A
 * projection says so in its title, its column names and its total ("预计自评得分（按 1-6月 预测）").
 */
final class SelfEvaluationPaper {

    /** 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 */
    static final int[] WIDTHS = {10, 13, 28, 12, 16, 9, 9, 36};

    private static final Locale ZH = MessagesI18NProvider.CHINESE;

    private SelfEvaluationPaper() {}

    static Paper of(SelfEvaluation e, String department, String unit) {
        boolean forecastSpending = e.isProjection() && e.budgetSource() == Basis.FORECAST;
        Block funds = new Block(
                List.of(
                        Cell.bold(t("paper.col.initialBudget")),
                        Cell.bold(t("paper.col.annualBudget")),
                        Cell.bold(t(forecastSpending ? "paper.col.forecastSpending" : "paper.self.executed")),
                        Cell.bold(t("paper.self.weight")),
                        Cell.bold(t(e.isProjection() ? "paper.self.rateProjected" : "paper.self.rate")),
                        Cell.bold(t("paper.self.score")).spanning(3)),
                List.of(List.of(
                        Cell.amount(e.initialBudget()),
                        Cell.amount(e.annualBudget()),
                        Cell.amount(e.executed()),
                        Cell.amount(e.budgetScore().weight()),
                        Cell.rate(e.executionRate()),
                        (e.isProjection() && !e.budgetScore().scored()
                                        ? Cell.dash()
                                        : Cell.amount(e.budgetScore().score()))
                                .spanning(3))),
                0);
        List<List<Cell>> rows = new ArrayList<>();
        for (ScoreRow r : e.rows()) {
            rows.add(List.of(
                    Cell.text(r.category()),
                    Cell.text(r.subcategory()),
                    Cell.text(r.name()),
                    Cell.text(r.target()),
                    Cell.text(SelfEvaluationText.value(e, r, ZH)),
                    Cell.amount(r.score().weight()),
                    e.isProjection() && !r.score().scored()
                            ? Cell.dash()
                            : Cell.amount(r.score().score()),
                    Cell.text(Cells.ZH.render(r.reasonsAndActions()))));
        }
        String note = SelfEvaluationText.unscoredNote(e, ZH);
        rows.add(List.of(
                Cell.bold(SelfEvaluationText.label(e, ZH)).spanning(4),
                Cell.bold(t("paper.self.grade", e.hasScore() ? Cells.ZH.text(e.grade()) : "—")),
                Cell.amount(e.possibleWeight()),
                e.hasScore() ? Cell.amount(e.total()) : Cell.dash(),
                Cell.text(note)));
        Block indicators = new Block(
                List.of(
                        Cell.bold(t("paper.col.category")),
                        Cell.bold(t("paper.col.subcategory")),
                        Cell.bold(t("paper.col.indicator")),
                        Cell.bold(t("paper.col.target")),
                        Cell.bold(t(e.isProjection() ? "paper.self.forecast" : "paper.self.actual")),
                        Cell.bold(t("paper.self.weight")),
                        Cell.bold(t("paper.self.score")),
                        Cell.bold(t("paper.self.reasons"))),
                rows,
                2);
        List<String> notes = new ArrayList<>();
        notes.add(t("paper.self.formulas"));
        for (ScoreRow r : e.rows()) {
            notes.add(r.name() + "：" + SelfEvaluationText.formula(e, r, ZH));
        }
        notes.add(SelfEvaluationText.budgetLabel(e, ZH) + "：" + SelfEvaluationText.budgetFormula(e, ZH));
        return new Paper(
                e.projectName(),
                SelfEvaluationText.title(e, ZH),
                PaperWords.heading(e.projectName(), department, unit),
                WIDTHS,
                List.of(funds, indicators),
                notes,
                t("paper.signOff"));
    }
}
