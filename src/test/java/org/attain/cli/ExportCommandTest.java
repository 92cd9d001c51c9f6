package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@AttainSpringTest
class ExportCommandTest {

    @Autowired
    CommandRunner runner;

    @TempDir
    Path dir;

    private final CommandOutput output = new CommandOutput();

    private int run(String... args) {
        return runner.execute(output.console(), args);
    }

    @Test
    void exports_the_monitoring_table_of_one_project_as_csv() throws Exception {
        Path file = dir.resolve("m.csv");
        assertThat(run(
                        "export",
                        "monitoring",
                        "--year=2025",
                        "--checkpoint=2025-06",
                        "--project=协理员专项补助",
                        "--format=csv",
                        "--out=" + file))
                .isZero();
        String csv = Files.readString(file);
        assertThat(csv)
                .startsWith("project,category,subcategory,indicator,target,actual,forecast,reasons,likelihood,"
                        + "corrective_action,note");
        assertThat(csv.lines().count()).isEqualTo(9); // header, the budget line, 7 indicators
        assertThat(output.out()).contains("\"bytes\":");
    }

    @Test
    void exports_every_format_of_the_self_evaluation() throws Exception {
        for (String format : new String[] {"csv", "xlsx", "pdf"}) {
            Path file = dir.resolve("s." + format);
            assertThat(run("export", "self-evaluation", "--year=2025", "--format=" + format, "--out=" + file))
                    .isZero();
            assertThat(Files.size(file)).isGreaterThan(100);
        }
    }

    @Test
    void a_self_evaluation_at_mid_year_is_exported_as_the_projected_score() throws Exception {
        Path file = dir.resolve("p.csv");
        assertThat(run(
                        "export",
                        "self-evaluation",
                        "--year=2025",
                        "--checkpoint=2025-06",
                        "--project=协理员专项补助",
                        "--format=csv",
                        "--out=" + file))
                .isZero();
        assertThat(Files.readString(file).lines().skip(1))
                .allSatisfy(l -> assertThat(l).contains("预计自评得分（按 1-6月 预测）"));
    }

    @Test
    void wrong_arguments_exit_2_with_a_clear_message() {
        assertThat(run("export", "budget", "--year=2025", "--format=csv", "--out=x"))
                .isEqualTo(2);
        assertThat(output.err()).contains("Unknown table 'budget'");
        assertThat(run("export", "monitoring", "--year=2025", "--format=doc", "--out=x"))
                .isEqualTo(2);
        assertThat(output.err()).contains("--format is csv, xlsx or pdf, not 'doc'");
        assertThat(run("export", "monitoring", "--year=2025", "--project=不存在", "--format=csv", "--out=x"))
                .isEqualTo(2);
        assertThat(output.err()).contains("No project named '不存在' in 2025");
        assertThat(run("export", "monitoring", "--format=csv")).isEqualTo(2);
        assertThat(output.err()).contains("usage:");
    }
}
