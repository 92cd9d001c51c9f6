package org.attain.report;

import java.util.List;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.SelfEvaluation;
import org.attain.monitoring.IndicatorRow;
import org.attain.monitoring.ProjectStatus;

/** The monitoring and self-evaluation tables as CSV, in the columns the command line promises. */
public final class ReportCsvWriter {

    public static final List<String> MONITORING_HEADER = List.of("project", "category", "subcategory", "indicator",
            "target", "actual", "forecast", "reasons", "likelihood", "corrective_action", "note");
    public static final List<String> SELF_EVALUATION_HEADER = List.of("project", "category", "subcategory", "indicator",
            "target", "actual", "weight", "score");

    private ReportCsvWriter() {
    }

    public static String monitoring(List<ProjectStatus> projects) {
        StringBuilder sb = new StringBuilder(Csv.line(MONITORING_HEADER));
        for (ProjectStatus p : projects) {
            for (IndicatorRow r : p.indicators()) {
                sb.append(Csv.line(List.of(p.name(), r.category(), r.subcategory(), r.name(), r.target().text(),
                        Cells.actual(r), Cells.forecast(r), r.reasonSummary(false), Cells.likelihood(r),
                        Cells.text(r.correctiveAction()), Cells.text(r.note()))));
            }
        }
        return sb.toString();
    }

    public static String selfEvaluation(List<SelfEvaluation> evaluations) {
        StringBuilder sb = new StringBuilder(Csv.line(SELF_EVALUATION_HEADER));
        for (SelfEvaluation e : evaluations) {
            for (ScoreRow r : e.rows()) {
                sb.append(Csv.line(List.of(e.projectName(), r.category(), r.subcategory(), r.name(), r.target(), r.actual(),
                        Cells.num(r.score().weight()), Cells.num(r.score().score()))));
            }
            sb.append(Csv.line(List.of(e.projectName(), "", "", "预算执行率", Cells.num(e.annualBudget()),
                    Cells.pct(e.executionRate()), Cells.num(e.budgetScore().weight()), Cells.num(e.budgetScore().score()))));
            sb.append(Csv.line(List.of(e.projectName(), "", "", "总分", "", e.grade().label(false), "100",
                    Cells.num(e.total()))));
        }
        return sb.toString();
    }
}
