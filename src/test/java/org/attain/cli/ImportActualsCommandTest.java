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
}
