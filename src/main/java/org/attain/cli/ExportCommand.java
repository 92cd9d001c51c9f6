package org.attain.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attain.report.ReportService;
import org.attain.status.Checkpoint;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code export monitoring|self-evaluation --year Y [--checkpoint YYYY-MM] [--project NAME] --format csv|xlsx|pdf
 * --out FILE}.
 */
@Component
class ExportCommand {

    static final String USAGE = "usage: java -jar attain.jar export monitoring|self-evaluation --year Y "
            + "[--checkpoint YYYY-MM] [--project NAME] --format csv|xlsx|pdf --out FILE";

    private final ReportService reports;

    ExportCommand(ReportService reports) {
        this.reports = reports;
    }

    int run(ApplicationArguments args, Console console) {
        List<String> rest = args.getNonOptionArgs().subList(1, args.getNonOptionArgs().size());
        try {
            if (rest.size() != 1 || !args.containsOption("year") || !args.containsOption("format")
                    || !args.containsOption("out")) {
                throw new IllegalArgumentException(USAGE);
            }
            ReportService.Kind kind = switch (rest.getFirst()) {
                case "monitoring" -> ReportService.Kind.MONITORING;
                case "self-evaluation" -> ReportService.Kind.SELF_EVALUATION;
                default -> throw new IllegalArgumentException("Unknown table '" + rest.getFirst() + "'. " + USAGE);
            };
            int year = Integer.parseInt(value(args, "year"));
            Checkpoint checkpoint = args.containsOption("checkpoint") ? Checkpoint.parse(value(args, "checkpoint")) : null;
            if (checkpoint != null && checkpoint.year() != year) {
                throw new IllegalArgumentException("The checkpoint " + checkpoint + " is not in " + year);
            }
            ReportService.Format format;
            try {
                format = ReportService.Format.valueOf(value(args, "format").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format is csv, xlsx or pdf, not '" + value(args, "format") + "'");
            }
            String project = args.containsOption("project") ? value(args, "project") : null;
            Path out = Path.of(value(args, "out"));
            byte[] bytes = reports.export(kind, format, year, checkpoint, project);
            Files.write(out, bytes);
            console.out().println("{\"file\":\"" + out.toString().replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\",\"bytes\":" + bytes.length + "}");
            return 0;
        } catch (NumberFormatException e) {
            console.err().println("--year is a number such as 2025");
            return 2;
        } catch (IllegalArgumentException e) {
            console.err().println(e.getMessage());
            return 2;
        } catch (IOException e) {
            console.err().println("Cannot write the file: " + e.getMessage());
            return 2;
        }
    }

    private static String value(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            throw new IllegalArgumentException("--" + name + " needs a value. " + USAGE);
        }
        return values.getFirst();
    }
}
