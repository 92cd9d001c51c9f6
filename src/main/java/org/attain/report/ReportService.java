package org.attain.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attain.assessment.SelfEvaluation;
import org.attain.assessment.SelfEvaluationService;
import org.attain.monitoring.PortfolioStatus;
import org.attain.monitoring.ProjectStatus;
import org.attain.monitoring.StatusService;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The official tables of a year (all projects or one), in CSV, xlsx or PDF. */
@Service
public class ReportService {

    /** Which official table. */
    public enum Kind { MONITORING, SELF_EVALUATION }

    /** Which file format. */
    public enum Format {
        CSV("text/csv", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
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
    private final org.attain.security.Audit audit;

    ReportService(StatusService status, SelfEvaluationService selfEvaluation,
            @Value("${attain.mid-year-month:6}") int midYearMonth, org.attain.security.Audit audit) {
        this.audit = audit;
        this.status = status;
        this.selfEvaluation = selfEvaluation;
        this.midYearMonth = midYearMonth;
    }

    /** The configured mid-year checkpoint (1-6月 by default; 1-7月 for the central template). */
    public Checkpoint midYear(int year) {
        return new Checkpoint(year, midYearMonth);
    }

    public List<ProjectStatus> monitoring(Checkpoint at, @Nullable String project) {
        PortfolioStatus portfolio = status.portfolio(at);
        List<ProjectStatus> list = portfolio.projects().stream().filter(p -> project == null || p.name().equals(project))
                .toList();
        if (project != null && list.isEmpty()) {
            throw new IllegalArgumentException("No project named '" + project + "' in " + at.year());
        }
        return list;
    }

    /**
     * The self-evaluations at a checkpoint: the final ones at 1-12月, before that the scores projected from the
     * full-year forecasts.
     */
    public List<SelfEvaluation> selfEvaluations(Checkpoint at, @Nullable String project) {
        return selfEvaluation.evaluate(monitoring(at, project));
    }

    /**
     * Writes an official table; every export is in the audit log (who, table, period, format, project).
     *
     * @param checkpoint for the monitoring table, its checkpoint (the mid-year one if null); for the self-evaluation,
     *                   the checkpoint it is projected at (the final year-end one if null or 1-12月)
     */
    public byte[] export(Kind kind, Format format, int year, @Nullable Checkpoint checkpoint, @Nullable String project) {
        byte[] file = write(kind, format, year, checkpoint, project);
        audit.exported(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), format.extension(),
                kind == Kind.MONITORING ? (checkpoint != null ? checkpoint : midYear(year)).iso() : String.valueOf(year),
                null, project);
        return file;
    }

    /** The meeting's briefing book at a checkpoint (PDF), logged like every export. */
    public byte[] briefing(Checkpoint at) {
        byte[] file = ReportPdfWriter.briefing(status.portfolio(at));
        audit.exported("briefing", Format.PDF.extension(), at.iso(), null, null);
        return file;
    }

    private byte[] write(Kind kind, Format format, int year, @Nullable Checkpoint checkpoint, @Nullable String project) {
        if (kind == Kind.MONITORING) {
            List<ProjectStatus> data = monitoring(checkpoint != null ? checkpoint : midYear(year), project);
            return switch (format) {
                case CSV -> ReportCsvWriter.monitoring(data).getBytes(StandardCharsets.UTF_8);
                case XLSX -> ReportXlsxWriter.monitoring(data);
                case PDF -> ReportPdfWriter.monitoring(data);
            };
        }
        if (checkpoint != null && checkpoint.year() != year) {
            throw new IllegalArgumentException("The checkpoint " + checkpoint + " is not in " + year);
        }
        List<SelfEvaluation> data = selfEvaluations(checkpoint != null ? checkpoint : Checkpoint.yearEnd(year), project);
        return switch (format) {
            case CSV -> ReportCsvWriter.selfEvaluation(data).getBytes(StandardCharsets.UTF_8);
            case XLSX -> ReportXlsxWriter.selfEvaluation(data);
            case PDF -> ReportPdfWriter.selfEvaluation(data);
        };
    }
}
