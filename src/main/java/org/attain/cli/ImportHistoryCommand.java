package org.attain.cli;

import java.nio.file.Path;
import org.attain.earlier.HistoryImportService;
import org.attain.importing.history.HistoryDocument;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-history FILE [--dry-run] [--replace] [--department NAME]}: an earlier year's self-evaluation or
 * monitoring table stored as history; prints what was read (and stored) as JSON. A document that cannot be read, or
 * is already imported without {@code --replace}, exits 2 with its problems on stderr and stores nothing.
 */
@Command(
        name = "import-history",
        description = {
            "Read an earlier year's self-evaluation table (自评表) or monitoring table (监控表, 1-X月执行情况) in any format "
                    + "the target import reads, and store it as history: the year's projects and targets, the actuals at "
                    + "the document's checkpoint, and its weights, scores, total and grade as stated. Prints the JSON "
                    + "report. The same project and checkpoint imported again is refused unless --replace is given."
        })
class ImportHistoryCommand extends AttainSubcommand {

    @Parameters(paramLabel = "FILE", description = "The self-evaluation or monitoring table of an earlier year.")
    Path file;

    @Option(names = "--dry-run", description = "Read and report only; store nothing (needs no database).")
    boolean dryRun;

    @Option(names = "--replace", description = "Replace what an earlier import of the same table stored.")
    boolean replace;

    @Option(
            names = "--department",
            paramLabel = "NAME",
            description = "The department (主管部门) the projects belong to (default: the 主管部门 the document names, "
                    + "else the setting attain.import.department).")
    String department;

    @Autowired
    HistoryImportService importer;

    @Override
    boolean needsApplication() {
        return !dryRun;
    }

    @Override
    public Integer call() {
        return InputFile.with(file, err(), (f, bytes) -> {
            HistoryDocument doc = HistoryImportService.check(f.getFileName().toString(), bytes);
            if (!dryRun) {
                importer.store(doc, department != null ? department : importer.departmentOf(doc), replace);
            }
            out().println(HistoryJson.of(doc));
            return 0;
        });
    }
}
