package org.attain.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attain.base.Json;
import org.attain.i18n.Texts;
import org.attain.monitoring.bulk.ActualsImportReport;
import org.attain.monitoring.bulk.ActualsImportService;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-actuals FILE [--dry-run]}: an actuals CSV
 * ({@code project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action}), a budget CSV
 * ({@code project,checkpoint,annual_budget,executed,forecast}) or the monitoring workbook. Exit 0 with a JSON summary;
 * exit 2 with row-numbered errors on stderr and nothing written when any row is invalid.
 */
@Command(
        name = "import-actuals",
        description = {
            "Import actuals, forecasts and reasons from a CSV "
                    + "(project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action), budget execution "
                    + "from a CSV (project,checkpoint,annual_budget,executed,forecast; 万元) or the monitoring workbook (.xlsx). "
                    + "A file with any invalid row exits 2 with the rows on stderr and writes nothing."
        })
class ImportActualsCommand extends AttainSubcommand {

    @Parameters(paramLabel = "FILE", description = "The CSV or workbook.")
    Path file;

    @Option(names = "--dry-run", description = "Check and list the changes only; write nothing.")
    boolean dryRun;

    @Autowired
    ActualsImportService importer;

    @Override
    public Integer call() {
        return InputFile.with(file, err(), (f, bytes) -> {
            String name = f.getFileName().toString();
            ActualsImportReport report =
                    dryRun ? importer.read(name, bytes, progress()) : importer.store(name, bytes, progress());
            if (!report.isValid()) {
                report.errors().forEach(p -> err().println(f + ": " + p));
                return 2;
            }
            out().println(Json.write(summary(name, dryRun, report)));
            return 0;
        });
    }

    private static Map<String, Object> summary(String name, boolean dryRun, ActualsImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", name);
        json.put("dryRun", dryRun);
        json.put("rows", report.lines().size());
        json.put(
                "changes",
                report.lines().stream()
                        .map(l -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("row", l.row());
                            m.put("project", l.project());
                            m.put(
                                    "subject",
                                    l.indicator() == null ? Texts.chinese().get("bulk.subject.budget") : l.indicator());
                            m.put("checkpoint", l.checkpoint());
                            m.put("change", Texts.chinese().render(l.change()));
                            return m;
                        })
                        .toList());
        return json;
    }
}
