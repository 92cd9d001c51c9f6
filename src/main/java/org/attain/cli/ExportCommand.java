package org.attain.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.attain.report.ReportService;
import org.attain.status.Checkpoint;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export monitoring|self-evaluation --year Y [--checkpoint YYYY-MM] [--project NAME] --format csv|xlsx|pdf
 * --out FILE}.
 */
@Command(
        name = "export",
        description = {
            "Export an official table: monitoring (绩效运行监控表) or self-evaluation "
                    + "(绩效自评表; before 1-12月 the projected score). Prints {\"file\":…,\"bytes\":…}."
        })
class ExportCommand extends AttainSubcommand {

    @Parameters(paramLabel = "TABLE", description = "monitoring or self-evaluation.")
    String table;

    @Option(
            names = "--year",
            required = true,
            paramLabel = "YYYY",
            converter = Year.class,
            description = "The year, e.g. 2025.")
    int year;

    @Option(
            names = "--checkpoint",
            paramLabel = "YYYY-MM",
            description = "The checkpoint in that year "
                    + "(default: the year end; a self-evaluation before 1-12月 is the projection).")
    String checkpoint;

    @Option(names = "--project", paramLabel = "NAME", description = "One project only.")
    String project;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx|pdf", description = "The file format.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Autowired
    ReportService reports;

    @Override
    public Integer call() {
        ReportService.Kind kind =
                switch (table) {
                    case "monitoring" -> ReportService.Kind.MONITORING;
                    case "self-evaluation" -> ReportService.Kind.SELF_EVALUATION;
                    default -> null;
                };
        if (kind == null) {
            return refuse("Unknown table '" + table + "': monitoring or self-evaluation");
        }
        ReportService.Format as;
        try {
            as = ReportService.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return refuse("--format is csv, xlsx or pdf, not '" + format + "'");
        }
        try {
            Checkpoint at = checkpoint == null ? null : Checkpoint.parse(checkpoint);
            if (at != null && at.year() != year) {
                return refuse("The checkpoint " + at + " is not in " + year);
            }
            byte[] bytes = reports.export(kind, as, year, at, project);
            Files.write(out, bytes);
            out().println("{\"file\":\"" + out.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"bytes\":"
                    + bytes.length + "}");
            return 0;
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err().println("--out " + out + ": cannot be written (" + e.getMessage() + ")");
            return 2;
        }
    }
}
