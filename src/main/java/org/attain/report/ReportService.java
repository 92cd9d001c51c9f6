package org.attain.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.assessment.SelfEvaluation;
import org.attain.base.Organisation;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.portfolio.StatusService;
import org.attain.project.ProjectService;
import org.attain.security.Audit;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The official tables of a year (all projects or one), in CSV, xlsx or PDF. */
@Service
public class ReportService {

    /** Which official table. */
    public enum Kind {
        MONITORING,
        SELF_EVALUATION
    }

    /** Which file format. */
    public enum Format {
        CSV("text/csv", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PDF("application/pdf", "pdf");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private final StatusService status;
    private final SelfEvaluationService selfEvaluation;
    private final int midYearMonth;
    private final Audit audit;
    private final Organisation organisation;

    private final ProjectService projects;

    ReportService(
            StatusService status,
            SelfEvaluationService selfEvaluation,
            @Value("${attain.mid-year-month:6}") int midYearMonth,
            Audit audit,
            Organisation organisation,
            ProjectService projects) {
        this.projects = projects;
        this.audit = audit;
        this.status = status;
        this.selfEvaluation = selfEvaluation;
        this.midYearMonth = midYearMonth;
        this.organisation = organisation;
    }

    /** The configured mid-year checkpoint (1-6月 by default; 1-7月 for the central template). */
    public Checkpoint midYear(int year) {
        return new Checkpoint(year, midYearMonth);
    }

    public List<ProjectStatus> monitoring(Checkpoint at, @Nullable String project) {
        PortfolioStatus portfolio = status.approvedPortfolio(at);
        List<ProjectStatus> list = portfolio.projects().stream()
                .filter(p -> project == null || p.name().equals(project))
                .toList();
        if (project != null && list.isEmpty()) {
            // another department's project is refused naming it and its department, not reported as missing
            projects.findByName(project, at.year()).forEach(p -> projects.find(p.getId()));
            throw new IllegalArgumentException("No project named '" + project + "' in " + at.year());
        }
        return list;
    }

    /**
     * Writes an official table; every export is in the audit log (who, table, period, format, project).
     *
     * @param checkpoint for the monitoring table, its checkpoint (the mid-year one if null); for the self-evaluation,
     *                   the checkpoint it is projected at (the final year-end one if null or 1-12月)
     */
    public byte[] export(
            Kind kind, Format format, int year, @Nullable Checkpoint checkpoint, @Nullable String project) {
        byte[] file = write(kind, format, year, checkpoint, project);
        audit.exported(
                kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                format.extension(),
                kind == Kind.MONITORING
                        ? (checkpoint != null ? checkpoint : midYear(year)).iso()
                        : String.valueOf(year),
                null,
                project);
        return file;
    }

    /** The meeting's briefing book at a checkpoint (PDF), logged like every export. */
    public byte[] briefing(Checkpoint at) {
        PortfolioStatus portfolio = status.approvedPortfolio(at);
        byte[] file = BriefingPdf.write(
                portfolio,
                portfolio.worstFirst().stream()
                        .map(p -> MonitoringPaper.of(p, organisation.unitOf(p.department())))
                        .toList());
        audit.exported("briefing", Format.PDF.extension(), at.iso(), null, null);
        return file;
    }

    /** The name a file of an official table is saved under, without extension (see {@link PaperNames}). */
    public String fileName(Kind kind, int year, @Nullable Checkpoint checkpoint, @Nullable String project) {
        return kind == Kind.MONITORING
                ? PaperNames.monitoring(checkpoint != null ? checkpoint : midYear(year), project)
                : PaperNames.selfEvaluation(checkpoint != null ? checkpoint : Checkpoint.yearEnd(year), project);
    }

    private byte[] write(
            Kind kind, Format format, int year, @Nullable Checkpoint checkpoint, @Nullable String project) {
        if (kind == Kind.MONITORING) {
            Checkpoint at = checkpoint != null ? checkpoint : midYear(year);
            List<ProjectStatus> data = monitoring(at, project);
            if (format == Format.CSV) {
                return ReportCsvWriter.monitoring(data).getBytes(StandardCharsets.UTF_8);
            }
            List<Paper> papers = data.stream()
                    .map(p -> MonitoringPaper.of(p, organisation.unitOf(p.department())))
                    .toList();
            return paper(format, papers, PaperWords.t("paper.monitoring.title", at.year(), Cells.ZH.text(at)));
        }
        if (checkpoint != null && checkpoint.year() != year) {
            throw new IllegalArgumentException("The checkpoint " + checkpoint + " is not in " + year);
        }
        List<ProjectStatus> projects = monitoring(checkpoint != null ? checkpoint : Checkpoint.yearEnd(year), project);
        List<SelfEvaluation> data = selfEvaluation.evaluate(projects);
        if (format == Format.CSV) {
            return ReportCsvWriter.selfEvaluation(data).getBytes(StandardCharsets.UTF_8);
        }
        Map<Long, String> departments =
                projects.stream().collect(Collectors.toMap(ProjectStatus::projectId, ProjectStatus::department));
        List<Paper> papers = data.stream()
                .map(e -> SelfEvaluationPaper.of(
                        e, departments.get(e.projectId()), organisation.unitOf(departments.get(e.projectId()))))
                .toList();
        Locale zh = MessagesI18NProvider.CHINESE;
        return paper(
                format,
                papers,
                data.isEmpty() ? PaperWords.t("paper.empty") : SelfEvaluationText.title(data.getFirst(), zh));
    }

    private static byte[] paper(Format format, List<Paper> papers, String title) {
        return format == Format.XLSX ? PaperXlsx.write(papers, title) : PaperPdf.write(papers, title);
    }
}
