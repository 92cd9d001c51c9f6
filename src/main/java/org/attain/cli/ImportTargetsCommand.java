package org.attain.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.attain.importing.ImportException;
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
        List<String> files = args.getNonOptionArgs().subList(1, args.getNonOptionArgs().size());
        if (files.size() != 1) {
            console.err().println("usage: java -jar attain.jar import-targets FILE [--dry-run] [--department=NAME]");
            return 2;
        }
        Path file = Path.of(files.getFirst());
        try {
            ImportReport report = importer.read(file.getFileName().toString(), Files.readAllBytes(file));
            if (!args.containsOption("dry-run")) {
                String department = args.containsOption("department")
                        ? args.getOptionValues("department").getFirst() : importer.defaultDepartment();
                importer.store(report, department, currentUser.isSystem() ? "cli" : currentUser.name());
            }
            console.out().println(report.toJson());
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
