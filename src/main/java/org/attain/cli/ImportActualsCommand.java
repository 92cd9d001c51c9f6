package org.attain.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attain.base.Json;
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
        return InputFile.with(args, "usage: java -jar attain.jar import-actuals FILE [--dry-run]", console,
                (file, bytes) -> {
                    String name = file.getFileName().toString();
                    ActualsImportReport report = args.containsOption("dry-run") ? importer.read(name, bytes)
                            : importer.store(name, bytes, currentUser.isSystem() ? "cli" : currentUser.name());
                    if (!report.isValid()) {
                        report.errors().forEach(p -> console.err().println(file + ": " + p));
                        return 2;
                    }
                    console.out().println(Json.write(summary(name, args.containsOption("dry-run"), report)));
                    return 0;
                });
    }

    private static Map<String, Object> summary(String name, boolean dryRun, ActualsImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", name);
        json.put("dryRun", dryRun);
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
        return json;
    }
}
