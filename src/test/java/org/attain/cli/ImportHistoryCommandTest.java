package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@AttainSpringTest
@Transactional
class ImportHistoryCommandTest {

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

    private int imports() {
        return jdbc.sql("SELECT COUNT(*) FROM history_import")
                .query(Integer.class)
                .single();
    }

    @Test
    void a_corpus_self_evaluation_is_reported_stored_once_and_refused_the_second_time() throws IOException {
        Path file = dir.resolve("07.txt");
        Files.copy(Path.of("src/test/resources/corpus/07-yongde-school-nutrition-selfeval.txt"), file);
        assertThat(run("import-history", file.toString(), "--dry-run")).isZero();
        assertThat(output.out())
                .startsWith("{\"kind\":\"SELF_EVALUATION\",\"projects\":[{\"name\":\"义务教育营养改善计划专项资金\","
                        + "\"year\":2022,\"checkpoint\":\"2022-12\"")
                .contains("\"name\":\"资金到位及时率\",\"target\":\"≧100%\",\"actual\":\"100%\",\"actualValue\":100,"
                        + "\"actualLevel\":null,\"forecast\":null,\"weight\":10,\"score\":7")
                .contains("\"total\":{\"weight\":100,\"score\":96,\"grade\":\"优\"}");
        assertThat(imports()).isZero();
        assertThat(run("import-history", file.toString())).isZero();
        assertThat(imports()).isEqualTo(1);
        assertThat(run("import-history", file.toString())).isEqualTo(2);
        assertThat(output.err()).contains("义务教育营养改善计划专项资金").contains("--replace");
        assertThat(run("import-history", file.toString(), "--replace")).isZero();
        assertThat(imports()).isEqualTo(1);
    }

    @Test
    void an_approval_document_is_refused_as_history() throws IOException {
        Path file = dir.resolve("approval.txt");
        Files.write(
                file, getClass().getResourceAsStream("/seed/approval-2025.txt").readAllBytes());
        assertThat(run("import-history", file.toString(), "--dry-run")).isEqualTo(2);
        assertThat(output.err()).contains("自评");
    }
}
