package org.attain.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import java.util.function.Function;
import org.attain.assessment.SelfEvaluation;
import org.attain.base.ui.Routes;
import org.attain.project.Project;
import org.attain.report.PaperNames;
import org.attain.report.ReportService.Format;
import org.attain.report.SelfEvaluationText;
import org.attain.report.ui.ReportDownloads;
import org.attain.status.Checkpoint;

/** The project's papers: its projected and year-end self-evaluation and its monitoring table at the checkpoint. */
class ProjectReportLinks extends HorizontalLayout {

    ProjectReportLinks(Project project, SelfEvaluation projected, Checkpoint at, Function<Format, byte[]> monitoring) {
        Button self = new Button(
                SelfEvaluationText.headline(projected, getLocale()),
                e -> Routes.go(Routes.selfEvaluation(project.getId(), at)));
        self.setId("projected-score");
        Button yearEnd = new Button(
                getTranslation("project.reports.self"),
                e -> Routes.go(Routes.selfEvaluation(project.getId(), Checkpoint.yearEnd(project.getYear()))));
        yearEnd.setId("self-evaluation");
        add(self, yearEnd, new Span(getTranslation("project.reports.monitoring")));
        for (Format f : new Format[] {Format.XLSX, Format.PDF}) {
            add(ReportDownloads.link(
                    f.extension().toUpperCase(Locale.ROOT),
                    PaperNames.monitoring(at, project.getName()),
                    f,
                    () -> monitoring.apply(f),
                    "monitoring-" + f.extension()));
        }
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("attain-no-print");
    }
}
