package org.attain.cli;

import org.attain.importing.ImportReport;
import org.attain.importing.TargetImportService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code import-targets FILE [--dry-run] [--department=NAME]}: prints the JSON report on stdout and exits 0;
 * a document it cannot read exits 2 with its errors (by line) on stderr and stores nothing.
 */
@Component
class ImportTargetsCommand {

    private final TargetImportService importer;
    private final org.attain.security.CurrentUser currentUser;

    ImportTargetsCommand(TargetImportService importer, org.attain.security.CurrentUser currentUser) {
        this.importer = importer;
        this.currentUser = currentUser;
    }

    int run(ApplicationArguments args, Console console) {
        return InputFile.with(args, "usage: java -jar attain.jar import-targets FILE [--dry-run] [--department=NAME]",
                console, (file, bytes) -> {
                    ImportReport report = importer.read(file.getFileName().toString(), bytes);
                    if (!args.containsOption("dry-run")) {
                        String department = args.containsOption("department")
                                ? args.getOptionValues("department").getFirst() : importer.defaultDepartment();
                        importer.store(report, department, currentUser.isSystem() ? "cli" : currentUser.name());
                    }
                    console.out().println(report.toJson());
                    return 0;
                });
    }
}
