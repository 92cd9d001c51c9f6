package org.attain.cli;

import java.nio.file.Path;
import org.attain.importing.ImportReport;
import org.attain.importing.TargetImportService;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-targets FILE [--dry-run] [--department NAME] [--year YYYY]}: prints the JSON report on stdout and exits 0;
 * a document it cannot read exits 2 with its errors (by line) on stderr and stores nothing. The dry run needs no
 * database.
 */
@Command(
        name = "import-targets",
        description = {
            "Read an approval document (Word .docx, Excel .xlsx or .xls in any "
                    + "layout, a PDF with a text layer, or text in UTF-8, GBK or UTF-16; the format is recognised from the "
                    + "content), check it and store its projects and targets; prints the JSON report. A document that cannot be "
                    + "read exits 2 with its problems by line on stderr, and nothing is stored."
        })
class ImportTargetsCommand extends AttainSubcommand {

    @Parameters(paramLabel = "FILE", description = "The approval document.")
    Path file;

    @Option(
            names = "--dry-run",
            description = "Check and report only; store nothing (needs no database, " + "runs in about a second).")
    boolean dryRun;

    @Option(
            names = "--department",
            paramLabel = "NAME",
            description = "The department (主管部门) the projects "
                    + "belong to (default: the 主管部门 the document names, else the setting attain.import.department).")
    String department;

    @Option(
            names = "--year",
            paramLabel = "YYYY",
            converter = Year.class,
            description = "The budget year of the projects when the document states none (no title such as "
                    + "2025年项目支出绩效目标表, no （2025年度）); a year the document states wins, and one taken from "
                    + "here is warned of.")
    Integer year;

    @Autowired
    TargetImportService importer;

    /** A dry run only reads and checks the document: it runs without the application and its database. */
    @Override
    boolean needsApplication() {
        return !dryRun;
    }

    @Override
    public Integer call() {
        return InputFile.with(file, err(), (f, bytes) -> {
            ImportReport report = TargetImportService.check(f.getFileName().toString(), bytes, year);
            if (!dryRun) {
                importer.store(report, department != null ? department : importer.departmentOf(report), progress());
            }
            out().println(report.toJson());
            return 0;
        });
    }
}
