package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line as typed, without the application: help, refusals and the dry run of an approval document are
 * answered before (and without) Spring and the database start.
 */
class CommandLineTest {

    /** Fails the test when a command line starts the application. */
    private static final Function<String[], ConfigurableApplicationContext> NO_APPLICATION = settings -> {
        throw new AssertionError("the application was started");
    };

    @TempDir
    Path dir;

    private final CommandOutput output = new CommandOutput();

    private int run(String... args) {
        return Commands.run(args, output.console(), NO_APPLICATION);
    }

    @Test
    void help_lists_every_command_and_exits_0() {
        assertThat(run("--help")).isZero();
        assertThat(output.out())
                .contains("usage: java -jar attain.jar [-h] COMMAND")
                .contains("import-targets", "import-actuals", "export", "status", "generate");
        assertThat(output.err()).isEmpty();
    }

    @Test
    void a_command_explains_its_options() {
        assertThat(run("export", "--help")).isZero();
        assertThat(output.out())
                .contains("usage: java -jar attain.jar export")
                .contains("--year=YYYY")
                .contains("--format=csv|xlsx|pdf")
                .contains("--as=USER");
    }

    @Test
    void an_unknown_word_exits_2_with_the_usage_instead_of_starting_the_server() {
        assertThat(Commands.isCommandLine(new String[] {"nonsense"})).isTrue();
        assertThat(run("nonsense")).isEqualTo(2);
        assertThat(output.err()).contains("Unknown command 'nonsense'").contains("usage: java -jar attain.jar");
        assertThat(output.out()).isEmpty();
    }

    @Test
    void settings_alone_start_the_dashboard() {
        assertThat(Commands.isCommandLine(new String[0])).isFalse();
        assertThat(Commands.isCommandLine(new String[] {"--server.port=8081", "--attain.data-dir=/tmp/x"}))
                .isFalse();
        assertThat(Commands.isCommandLine(new String[] {"--help"})).isTrue();
    }

    @Test
    void a_mistyped_option_value_exits_2_naming_the_option() {
        assertThat(run("export", "monitoring", "--year", "abc", "--format", "csv", "--out", "x.csv"))
                .isEqualTo(2);
        assertThat(output.err())
                .contains("--year is a year such as 2025, not 'abc'")
                .contains("usage: java -jar attain.jar export");
        assertThat(run("generate", "--projects=many")).isEqualTo(2);
        assertThat(output.err()).contains("'--projects'").contains("'many'");
    }

    @Test
    void no_command_exits_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(output.err()).contains("Name a command.").contains("usage: java -jar attain.jar");
        assertThat(run("--as", "officer")).isEqualTo(2);
        assertThat(output.err()).contains("Unknown option --as");
    }

    @Test
    void a_dry_run_of_an_approval_document_needs_no_application_nor_database() throws IOException {
        Path file = dir.resolve("approval.txt");
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(run("import-targets", file.toString(), "--dry-run", "--attain.data-dir=" + dir.resolve("data")))
                .isZero();
        assertThat(output.out()).startsWith("{\"projects\":[{\"name\":\"协理员专项补助\",\"year\":2025,");
        assertThat(output.err()).isEmpty();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void a_dry_run_of_an_unreadable_document_exits_2_without_the_application() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "会议纪要\n没有项目\n");
        assertThat(run("import-targets", file.toString(), "--dry-run")).isEqualTo(2);
        assertThat(output.err()).contains("notes.txt: ").contains("文件中没有可导入的项目");
        assertThat(run("import-targets", dir.resolve("nope.txt").toString(), "--dry-run"))
                .isEqualTo(2);
        assertThat(output.err()).contains("nope.txt: no such file");
    }
}
