package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AttainSpringTest
class ImportTargetsCommandTest {

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

    private Path seedFile() throws IOException {
        Path file = dir.resolve("approval.txt");
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private int revisions() {
        return jdbc.sql("SELECT COUNT(*) FROM target_revision")
                .query(Integer.class)
                .single();
    }

    @Test
    void a_dry_run_prints_the_json_report_and_stores_nothing() throws IOException {
        int before = revisions();
        Path file = seedFile();
        Files.writeString(file, Files.readString(file).replace("≥ 574人", "≥ 580人"));
        assertThat(run("import-targets", file.toString(), "--dry-run")).isZero();
        String json = output.out();
        assertThat(json).startsWith("{\"projects\":[{\"name\":\"协理员专项补助\",\"year\":2025,\"budget\":8,");
        assertThat(json)
                .contains("{\"table\":\"ANNUAL\",\"category\":\"产出指标\",\"subcategory\":\"数量指标\","
                        + "\"name\":\"2025年春节慰问人数\",\"target\":\"≥ 580人\",\"comparator\":\">=\",\"value\":580,\"unit\":\"人\","
                        + "\"direction\":\"HIGHER_IS_BETTER\"");
        assertThat(json).contains("\"warnings\":[{\"line\":60,").contains("\"findings\":[");
        assertThat(revisions()).isEqualTo(before);
        assertThat(output.err()).isEmpty();
    }

    @Test
    void an_unreadable_document_exits_2_with_line_numbered_errors_on_stderr() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "会议纪要\n没有项目\n");
        assertThat(run("import-targets", file.toString())).isEqualTo(2);
        assertThat(output.out()).isEmpty();
        assertThat(output.err())
                .contains("notes.txt: ")
                .contains("文件中没有可导入的项目")
                .contains("notes.txt: line 1: ")
                .contains("notes.txt: line 2: ");
    }

    @Test
    void a_document_without_a_year_is_refused_saying_so_and_read_with_the_year_option() throws IOException {
        Path file = dir.resolve("selfeval.txt");
        Files.writeString(file, "项目名称\t菌类加工车间建设项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t冷库面积\t≥1290平方米\n");
        assertThat(run("import-targets", file.toString(), "--dry-run")).isEqualTo(2);
        assertThat(output.out()).isEmpty();
        assertThat(output.err()).contains("文件中没有写明年度").contains("--year");
        assertThat(run("import-targets", file.toString(), "--dry-run", "--year", "2023"))
                .isZero();
        assertThat(output.out())
                .contains("\"name\":\"菌类加工车间建设项目\",\"year\":2023")
                .contains("按导入时填写的年度");
        assertThat(run("import-targets", file.toString(), "--dry-run", "--year", "23"))
                .isEqualTo(2);
        assertThat(output.err()).contains("--year is a year such as 2025");
    }

    @Test
    void a_missing_file_exits_2() {
        assertThat(run("import-targets", dir.resolve("nope.txt").toString())).isEqualTo(2);
        assertThat(output.err()).contains("nope.txt: no such file");
    }
}
