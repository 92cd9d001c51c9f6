package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AttainSpringTest
class ImportActualsCommandTest {

    @Autowired
    CommandRunner runner;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private final CommandOutput output = new CommandOutput();

    private int run(String... args) {
        return runner.execute(output.console(), args);
    }

    @Test
    void a_dry_run_reports_the_changes_and_writes_nothing() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, """
                project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action
                协理员专项补助,协理员年度考核合格率,2025-08,91,92,确定能,,
                """);
        int before = jdbc.sql("SELECT COUNT(*) FROM indicator_actual")
                .query(Integer.class)
                .single();
        assertThat(run("import-actuals", csv.toString(), "--dry-run")).isZero();
        assertThat(output.out()).contains("\"dryRun\":true", "\"rows\":1", "\"row\":2");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_actual")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void an_invalid_row_exits_2_with_its_row_number_and_writes_nothing() throws Exception {
        Path csv = dir.resolve("b.csv");
        Files.writeString(csv, """
                project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action
                协理员专项补助,协理员年度考核合格率,2025-08,91,92,确定能,,
                协理员专项补助,协理员年度考核合格率,2025-08,-5,92,确定能,,
                """);
        int before = jdbc.sql("SELECT COUNT(*) FROM indicator_actual")
                .query(Integer.class)
                .single();
        assertThat(run("import-actuals", csv.toString())).isEqualTo(2);
        assertThat(output.err()).contains("b.csv: line 3: ").contains("实际完成值：不能为负数");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_actual")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void the_change_log_names_the_command_line_or_the_account_it_acts_as() throws Exception {
        Path first = dir.resolve("c.csv");
        Files.writeString(first, """
                project,checkpoint,annual_budget,executed,forecast
                企业家疗休养专项资金,2025-09,15,8.1,15
                """);
        assertThat(run("import-actuals", first.toString())).isZero();
        assertThat(lastImportBy()).isEqualTo("cli");
        Path second = dir.resolve("d.csv");
        Files.writeString(second, """
                project,checkpoint,annual_budget,executed,forecast
                企业家疗休养专项资金,2025-09,15,8.3,15
                """);
        assertThat(run("import-actuals", second.toString(), "--as", "owner")).isZero();
        assertThat(lastImportBy()).isEqualTo("owner");
        // the database is shared with the other tests, which count what a new round carries forward
        jdbc.sql("DELETE FROM budget_execution WHERE checkpoint_year = 2025 AND checkpoint_month = 9"
                        + " AND project_id = (SELECT id FROM project WHERE name = '企业家疗休养专项资金')")
                .update();
    }

    private String lastImportBy() {
        return jdbc.sql("SELECT changed_by FROM change_log WHERE field = 'import_actuals' ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
    }
}
