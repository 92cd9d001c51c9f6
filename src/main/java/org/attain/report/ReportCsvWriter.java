package org.attain.report;

import java.util.List;
import java.util.Locale;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.SelfEvaluation;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;

/** The monitoring and self-evaluation tables as CSV, in the columns the command line promises. */
public final class ReportCsvWriter {

    public static final List<String> MONITORING_HEADER = List.of(
            "project",
            "category",
            "subcategory",
            "indicator",
            "target",
            "actual",
            "forecast",
            "reasons",
            "likelihood",
            "corrective_action",
            "note");
    public static final List<String> SELF_EVALUATION_HEADER = List.of(
            "project", "category", "subcategory", "indicator", "target", "actual", "weight", "score", "basis", "note");
    private static final Locale ZH = MessagesI18NProvider.CHINESE;

    private ReportCsvWriter() {}

    public static String monitoring(List<ProjectStatus> projects) {
        StringBuilder sb = new StringBuilder(Csv.line(MONITORING_HEADER));
        for (ProjectStatus p : projects) {
            String[] deviation = Cells.deviation(p.budgetDeviation());
            sb.append(Csv.line(List.of(
                    p.name(),
                    "预算执行",
                    "",
                    "预算执行率",
                    Cells.num(p.budget()) + "万元",
                    Cells.num(p.budgetStatus().executed()),
                    Cells.num(p.forecastSpending()),
                    deviation[0],
                    deviation[1],
                    deviation[2],
                    Cells.pct(p.budgetStatus().rate()))));
            for (IndicatorRow r : p.indicators()) {
                sb.append(Csv.line(List.of(
                        p.name(),
                        r.category(),
                        r.subcategory(),
                        r.name(),
                        r.targetText(ZH),
                        Cells.actual(r),
                        Cells.forecast(r),
                        Cells.reasons(r),
                        Cells.likelihood(r),
                        Cells.text(r.correctiveAction()),
                        Cells.text(r.note()))));
            }
        }
        return sb.toString();
    }

    /**
     * One line per indicator, then the budget line and the total; every line names its basis ("预计自评得分（按 1-6月
     * 预测）" or "年末自评得分（最终）") and says when a line was not scored.
     */
    public static String selfEvaluation(List<SelfEvaluation> evaluations) {
        StringBuilder sb = new StringBuilder(Csv.line(SELF_EVALUATION_HEADER));
        for (SelfEvaluation e : evaluations) {
            String basis = SelfEvaluationText.label(e, ZH);
            sb.append(Csv.line(
                    List.of(e.projectName(), "", "", SelfEvaluationText.profile(e, ZH), "", "", "", "", basis, "")));
            for (ScoreRow r : e.rows()) {
                sb.append(Csv.line(List.of(
                        e.projectName(),
                        r.category(),
                        r.subcategory(),
                        r.name(),
                        r.target(),
                        SelfEvaluationText.value(e, r, ZH),
                        Cells.num(r.score().weight()),
                        SelfEvaluationText.score(e, r),
                        basis,
                        r.score().scored() ? "" : SelfEvaluationText.formula(e, r, ZH))));
            }
            sb.append(Csv.line(List.of(
                    e.projectName(),
                    "",
                    "",
                    SelfEvaluationText.budgetLabel(e, ZH),
                    Cells.num(e.annualBudget()),
                    Cells.pct(e.executionRate()),
                    Cells.num(e.budgetScore().weight()),
                    e.isProjection() && !e.budgetScore().scored()
                            ? "—"
                            : Cells.num(e.budgetScore().score()),
                    basis,
                    e.budgetScore().scored() ? "" : SelfEvaluationText.budgetFormula(e, ZH))));
            String note = SelfEvaluationText.unscoredNote(e, ZH);
            sb.append(Csv.line(List.of(
                    e.projectName(),
                    "",
                    "",
                    "总分",
                    "",
                    SelfEvaluationText.grade(e, ZH),
                    Cells.num(e.possibleWeight()),
                    e.hasScore() ? Cells.num(e.total()) : "—",
                    basis,
                    note == null ? "" : note)));
        }
        return sb.toString();
    }
}
