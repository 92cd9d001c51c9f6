package org.attain.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.base.Json;
import org.attain.importing.ImportException;
import org.attain.monitoring.bulk.ActualsImportReport;
import org.attain.monitoring.bulk.ActualsImportService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code import-actuals FILE [--dry-run]}: an actuals CSV
 * ({@code project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action}), a budget CSV
 * ({@code project,checkpoint,annual_budget,executed,forecast}) or the monitoring workbook. Exit 0 with a JSON summary;
 * exit 2 with row-numbered errors on stderr and nothing written when any row is invalid.
 */
@Component
class ImportActualsCommand {

    private final ActualsImportService importer;
    private final org.attain.security.CurrentUser currentUser;

    ImportActualsCommand(ActualsImportService importer, org.attain.security.CurrentUser currentUser) {
        this.importer = importer;
        this.currentUser = currentUser;
    }

    int run(ApplicationArguments args, Console console) {
        List<String> files = args.getNonOptionArgs().subList(1, args.getNonOptionArgs().size());
        if (files.size() != 1) {
            console.err().println("usage: java -jar attain.jar import-actuals FILE [--dry-run]");
            return 2;
        }
        Path file = Path.of(files.getFirst());
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            ActualsImportReport report = args.containsOption("dry-run") ? importer.read(name, bytes)
                    : importer.store(name, bytes, currentUser.isSystem() ? "cli" : currentUser.name());
            if (!report.isValid()) {
                report.errors().forEach(p -> console.err().println(file + ": " + p));
                return 2;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", name);
            json.put("dryRun", args.containsOption("dry-run"));
            json.put("rows", report.lines().size());
            json.put("changes", report.lines().stream().map(l -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("row", l.row());
                m.put("project", l.project());
                m.put("subject", l.subject());
                m.put("checkpoint", l.checkpoint());
                m.put("change", l.change());
                return m;
            }).toList());
            console.out().println(Json.write(json));
            return 0;
        } catch (NoSuchFileException e) {
            console.err().println(file + ": no such file");
            return 2;
        } catch (IOException e) {
            console.err().println(file + ": cannot be read: " + e.getMessage());
            return 2;
        } catch (ImportException e) {
            e.getProblems().forEach(p -> console.err().println(file + ": " + p));
            return 2;
        }
    }
}
