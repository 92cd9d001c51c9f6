package org.attain.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attain.base.Json;
import org.attain.i18n.Texts;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.StatusService;
import org.attain.status.Checkpoint;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code status --year Y --checkpoint YYYY-MM [--project NAME] --format json|csv [--lang zh|en] [--out FILE]}: every
 * project's light, budget light and sentence with its indicators, judged by the same {@link StatusService} as the
 * screens. Exit 0 done; 2 refused input, with a message naming the option; 1 anything unexpected.
 */
@Command(
        name = "status",
        description = {
            "Every project's light, budget light and sentence with its indicators, "
                    + "judged as on the screens, as JSON or CSV on stdout or in a file."
        })
class StatusCommand extends AttainSubcommand {

    @Option(
            names = "--year",
            required = true,
            paramLabel = "YYYY",
            converter = Year.class,
            description = "The year, e.g. 2025.")
    int year;

    @Option(
            names = "--checkpoint",
            required = true,
            paramLabel = "YYYY-MM",
            description = "The checkpoint in that " + "year, e.g. 2025-06.")
    String checkpoint;

    @Option(names = "--project", paramLabel = "NAME", description = "One project only.")
    String project;

    @Option(names = "--format", required = true, paramLabel = "json|csv", description = "The output format.")
    String format;

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            defaultValue = "zh",
            description = "The language of the sentences (default: zh).")
    String lang;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write this file (CSV with a byte order mark) and " + "print {\"file\":…,\"bytes\":…}.")
    Path out;

    @Autowired
    StatusService status;

    @Override
    public Integer call() {
        try {
            Checkpoint at = checkpoint(checkpoint, year);
            String format = this.format.toLowerCase(Locale.ROOT);
            if (!format.equals("json") && !format.equals("csv")) {
                throw new IllegalArgumentException("--format is json or csv, not '" + format + "'");
            }
            String lang = this.lang.toLowerCase(Locale.ROOT);
            if (!lang.equals("zh") && !lang.equals("en")) {
                throw new IllegalArgumentException("--lang is zh or en, not '" + lang + "'");
            }
            Texts texts = lang.equals("en") ? Texts.english() : Texts.chinese();
            List<ProjectStatus> projects = status.portfolio(at).projects();
            if (projects.isEmpty()) {
                throw new IllegalArgumentException("--year " + year + ": there are no projects in " + year);
            }
            if (project != null) {
                projects =
                        projects.stream().filter(p -> p.name().equals(project)).toList();
                if (projects.isEmpty()) {
                    throw new IllegalArgumentException(
                            "--project '" + project + "': no project of that name in " + year);
                }
            }
            String text =
                    format.equals("json") ? StatusOutput.json(at, projects, texts) : StatusOutput.csv(projects, texts);
            if (out == null) {
                out().print(format.equals("json") ? text + System.lineSeparator() : text);
                out().flush();
                return 0;
            }
            byte[] bytes = (format.equals("csv") ? StatusOutput.BOM + text : text).getBytes(StandardCharsets.UTF_8);
            try {
                Files.write(out, bytes);
            } catch (IOException e) {
                throw new IllegalArgumentException("--out " + out + ": cannot be written (" + e.getMessage() + ")");
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("file", out.toString());
            summary.put("bytes", bytes.length);
            out().println(Json.write(summary));
            return 0;
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
    }

    private static Checkpoint checkpoint(String text, int year) {
        Checkpoint at;
        try {
            at = Checkpoint.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--checkpoint is written YYYY-MM with a month 01 to 12, e.g. " + year + "-06, not '" + text + "'");
        }
        if (at.year() != year) {
            throw new IllegalArgumentException("--checkpoint " + at + " is not in --year " + year);
        }
        return at;
    }
}
