package org.attain.cli;

import java.util.List;
import org.attain.portfolio.StatusTable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rebuild-status [--check]}: judge every project again and store the status table, for recovery. */
@Command(
        name = "rebuild-status",
        description = {
            "Judge every indicator and project at every checkpoint again and store the result in the status table "
                    + "(for recovery: every save and import keeps it current). With --check, only compare the table "
                    + "with a fresh judgement: exit 0 when they agree, 1 with one line per difference."
        })
class RebuildStatusCommand extends AttainSubcommand {

    @Option(names = "--check", description = "Compare only; write nothing.")
    boolean check;

    @Autowired
    StatusTable table;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        if (check) {
            List<String> differences = table.differences();
            differences.forEach(out()::println);
            out().println("{\"differences\":" + differences.size() + "}");
            return differences.isEmpty() ? 0 : 1;
        }
        int projects = table.rebuild(progress());
        out().println("{\"projects\":" + projects + ",\"seconds\":" + (System.nanoTime() - started) / 1_000_000_000.0
                + "}");
        return 0;
    }
}
