package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

@AttainSpringTest
class ImportTargetsCommandTest {

    @Autowired
    ImportTargetsCommand command;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return command.run(new DefaultApplicationArguments(args), new Console(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private Path seedFile() throws IOException {
        Path file = dir.resolve("approval.txt");
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private int revisions() {
        return jdbc.sql("SELECT COUNT(*) FROM target_revision").query(Integer.class).single();
    }

    @Test
    void a_dry_run_prints_the_json_report_and_stores_nothing() throws IOException {
        int before = revisions();
        Path file = seedFile();
        Files.writeString(file, Files.readString(file).replace("≥ 574人", "≥ 580人"));
        assertThat(run("import-targets", file.toString(), "--dry-run")).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"projects\":[{\"name\":\"协理员专项补助\",\"year\":2025,\"budget\":8,");
        assertThat(json).contains("{\"table\":\"ANNUAL\",\"category\":\"产出指标\",\"subcategory\":\"数量指标\","
                + "\"name\":\"2025年春节慰问人数\",\"target\":\"≥ 580人\",\"comparator\":\">=\",\"value\":580,\"unit\":\"人\","
                + "\"direction\":\"HIGHER_IS_BETTER\"");
        assertThat(json).contains("\"warnings\":[{\"line\":60,").contains("\"findings\":[");
        assertThat(revisions()).isEqualTo(before);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void an_unreadable_document_exits_2_with_line_numbered_errors_on_stderr() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "会议纪要\n没有项目\n");
        assertThat(run("import-targets", file.toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.txt: ").contains("no project found")
                .contains("notes.txt: line 1: ").contains("notes.txt: line 2: ");
    }

    @Test
    void a_missing_file_exits_2() {
        assertThat(run("import-targets", dir.resolve("nope.txt").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.txt: no such file");
    }
}
