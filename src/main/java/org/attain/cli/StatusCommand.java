package org.attain.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attain.base.Json;
import org.attain.monitoring.ProjectStatus;
import org.attain.monitoring.StatusService;
import org.attain.status.Checkpoint;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code status --year Y --checkpoint YYYY-MM [--project NAME] --format json|csv [--lang zh|en] [--out FILE]}: every
 * project's light, budget light and sentence with its indicators, judged by the same {@link StatusService} as the
 * screens. Exit 0 done; 2 refused input, with a message naming the option; 1 anything unexpected.
 */
@Component
class StatusCommand {

    static final String USAGE = "usage: java -jar attain.jar status --year 2025 --checkpoint 2025-06 [--project NAME] "
            + "--format json|csv [--lang zh|en] [--out FILE]";
    private static final Set<String> OPTIONS = Set.of("year", "checkpoint", "project", "format", "lang", "out", "as");

    private final StatusService status;

    StatusCommand(StatusService status) {
        this.status = status;
    }

    int run(ApplicationArguments args, Console console) {
        try {
            CommandOptions options = CommandOptions.parse(args.getSourceArgs(), OPTIONS);
            if (options.words().size() > 1) {
                throw new IllegalArgumentException("Unexpected argument '" + options.words().get(1) + "'");
            }
            int year = year(options.required("year", "2025"));
            Checkpoint at = checkpoint(options.required("checkpoint", year + "-06"), year);
            String format = options.required("format", "json").toLowerCase(Locale.ROOT);
            if (!format.equals("json") && !format.equals("csv")) {
                throw new IllegalArgumentException("--format is json or csv, not '" + format + "'");
            }
            String lang = options.value("lang").orElse("zh").toLowerCase(Locale.ROOT);
            if (!lang.equals("zh") && !lang.equals("en")) {
                throw new IllegalArgumentException("--lang is zh or en, not '" + lang + "'");
            }
            boolean english = lang.equals("en");
            List<ProjectStatus> projects = status.portfolio(at).projects();
            if (projects.isEmpty()) {
                throw new IllegalArgumentException("--year " + year + ": there are no projects in " + year);
            }
            String project = options.value("project").orElse(null);
            if (project != null) {
                projects = projects.stream().filter(p -> p.name().equals(project)).toList();
                if (projects.isEmpty()) {
                    throw new IllegalArgumentException("--project '" + project + "': no project of that name in " + year);
                }
            }
            String text = format.equals("json") ? StatusOutput.json(at, projects, english)
                    : StatusOutput.csv(projects, english);
            var out = options.value("out");
            if (out.isEmpty()) {
                console.out().print(format.equals("json") ? text + System.lineSeparator() : text);
                console.out().flush();
                return 0;
            }
            Path file = Path.of(out.get());
            byte[] bytes = (format.equals("csv") ? StatusOutput.BOM + text : text).getBytes(StandardCharsets.UTF_8);
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new IllegalArgumentException("--out " + file + ": cannot be written (" + e.getMessage() + ")");
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("file", file.toString());
            summary.put("bytes", bytes.length);
            console.out().println(Json.write(summary));
            return 0;
        } catch (IllegalArgumentException e) {
            console.err().println(e.getMessage());
            console.err().println(USAGE);
            return 2;
        } catch (RuntimeException e) {
            console.err().println("Unexpected error: " + e);
            return 1;
        }
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1990 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("--year is a year such as 2025, not '" + text + "'");
    }

    private static Checkpoint checkpoint(String text, int year) {
        Checkpoint at;
        try {
            at = Checkpoint.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--checkpoint is written YYYY-MM with a month 01 to 12, e.g. " + year
                    + "-06, not '" + text + "'");
        }
        if (at.year() != year) {
            throw new IllegalArgumentException("--checkpoint " + at + " is not in --year " + year);
        }
        return at;
    }
}
