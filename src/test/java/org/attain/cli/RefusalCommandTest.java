package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong input on the command line exits 2 with one line per problem — file, line, field, why — and no stack trace;
 * nothing is stored.
 */
@AttainSpringTest
class RefusalCommandTest {

    @Autowired
    CommandRunner runner;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private final CommandOutput output = new CommandOutput();

    private int projects() {
        return jdbc.sql("SELECT COUNT(*) FROM project").query(Integer.class).single();
    }

    private Path approval(String name, String budget) throws IOException {
        Path file = dir.resolve("approval.txt");
        Files.writeString(file, """
                2025年项目支出绩效目标批复
                项目名称\t%s
                项目预算\t%s
                年度绩效目标表
                年度绩效目标1\t产出指标\t数量指标\t慰问人数\t≥10人\t计划值
                """.formatted(name, budget));
        return file;
    }

    private void noStackTrace() {
        assertThat(output.err())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("at org.");
    }

    @Test
    void a_ten_thousand_character_project_name_exits_2_naming_line_and_field() throws IOException {
        int before = projects();
        Path file = approval("名".repeat(10_000), "10");
        int status = runner.execute(output.console(), "import-targets", file.toString());
        assertThat(status).isEqualTo(2);
        assertThat(output.err())
                .startsWith(file + ": line 2: 项目名称长 10000 个字符，最多 500 个字符：“名名名")
                .hasLineCount(1);
        assertThat(output.out()).isEmpty();
        noStackTrace();
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void a_budget_too_large_for_its_column_exits_2() throws IOException {
        Path file = approval("测试项目", "123456789012345678");
        assertThat(runner.execute(output.console(), "import-targets", file.toString(), "--dry-run"))
                .isEqualTo(2);
        assertThat(output.err())
                .isEqualTo(
                        file + ": line 3: 项目预算“123456789012345678”太大，最大为 99999999999999.9999" + System.lineSeparator());
    }

    @Test
    void a_department_name_longer_than_its_column_exits_2() throws IOException {
        Path file = approval("测试项目", "10");
        assertThat(runner.execute(
                        output.console(), "import-targets", file.toString(), "--department=" + "部".repeat(201)))
                .isEqualTo(2);
        assertThat(output.err()).startsWith(file + ": 主管部门长 201 个字符，最多 200 个字符");
        noStackTrace();
    }

    @Test
    void a_file_over_twenty_megabytes_exits_2_without_being_read() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(21L * 1024 * 1024);
        }
        assertThat(runner.execute(output.console(), "import-targets", file.toString()))
                .isEqualTo(2);
        assertThat(output.err()).isEqualTo(file + ": 文件过大（约 21 MB），上限为 20 MB" + System.lineSeparator());
    }

    @Test
    void duplicate_actual_rows_exit_2_naming_both_rows() throws IOException {
        Path csv = dir.resolve("twice.csv");
        Files.writeString(csv, """
                project,indicator,checkpoint,actual,forecast,likelihood
                协理员专项补助,协理员年度考核合格率,2025-08,91,92,确定能
                协理员专项补助,协理员年度考核合格率,2025-08,80,92,确定能
                """, StandardCharsets.UTF_8);
        assertThat(runner.execute(output.console(), "import-actuals", csv.toString()))
                .isEqualTo(2);
        assertThat(output.err())
                .isEqualTo(csv + ": line 3: 指标“协理员年度考核合格率”在 2025-08 的执行情况重复填报：第 2 行和第 3 行" + System.lineSeparator());
    }
}
