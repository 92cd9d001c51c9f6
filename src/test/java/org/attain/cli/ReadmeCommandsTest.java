package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attain.AttainSpringTest;
import org.attain.importing.ApprovalWorkbook;
import org.attain.importing.TargetImportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every command line in the README's code blocks that starts with {@code java -jar} runs as written, in-process, with
 * test files standing in for the example file names and the written files in a temporary directory. A line that
 * exits non-zero, names an unknown command or a file without a stand-in fails.
 */
@AttainSpringTest
// its own application and database: the README's imports and the generated portfolio change the data
@TestPropertySource(properties = "attain.test.context=readme-commands")
class ReadmeCommandsTest {

    private static final String PREFIX = "java -jar target/attain.jar";

    @Autowired
    CommandRunner runner;

    @Autowired
    TargetImportService importer;

    @TempDir
    Path dir;

    private Map<String, Path> standIns;

    @BeforeEach
    void standIns() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            seed = in.readAllBytes();
        }
        Path approvalTxt = Files.write(dir.resolve("approval.txt"), seed);
        Path approvalXlsx = Files.write(
                dir.resolve("approval.xlsx"),
                ApprovalWorkbook.filled(
                        importer.read("approval.txt", seed).document().projects()));
        Path july = Files.writeString(dir.resolve("july.csv"), """
                project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action
                鄂州市劳模春节慰问专项资金,2025年春节慰问人数,2025-07,552人,574,有可能,其他;人员保障,节后补访
                """, StandardCharsets.UTF_8);
        Path budget = Files.writeString(dir.resolve("budget.csv"), """
                project,checkpoint,annual_budget,executed,forecast
                协理员专项补助,2025-07,8,4.5,8
                """, StandardCharsets.UTF_8);
        Path approvalPdf;
        try (InputStream in = getClass().getResourceAsStream("/seed-renderings/approval-2025.pdf")) {
            approvalPdf = Files.write(dir.resolve("批复.pdf"), in.readAllBytes());
        }
        Path selfEvaluation = Files.copy(
                Path.of("src/test/resources/corpus/07-yongde-school-nutrition-selfeval.txt"), dir.resolve("往年自评表.txt"));
        Path yearless = dir.resolve("自评表.txt");
        Files.write(
                yearless,
                Files.readAllLines(Path.of("src/test/resources/corpus/25-nanhua-mushroom-workshop-selfeval.txt"))
                        .stream()
                        .filter(line -> !line.startsWith("# "))
                        .toList());
        standIns = Map.of(
                "自评表.txt",
                yearless,
                "往年自评表.txt",
                selfEvaluation,
                "approval.txt",
                approvalTxt,
                "approval.xlsx",
                approvalXlsx,
                "july.csv",
                july,
                "budget.csv",
                budget,
                "批复.pdf",
                approvalPdf);
    }

    /** The README's {@code java -jar} lines with arguments (the bare one starts the dashboard), comments removed. */
    static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            String command =
                    line.contains(" #") ? line.substring(0, line.indexOf(" #")).strip() : line.strip();
            if (inBlock && command.startsWith("java -jar")) {
                commands.add(command);
            }
        }
        return commands;
    }

    @Test
    void the_readme_shows_the_commands() throws IOException {
        assertThat(readmeCommands())
                .allSatisfy(c -> assertThat(c).startsWith(PREFIX))
                .anySatisfy(c -> assertThat(c).contains(" import-targets "))
                .anySatisfy(c -> assertThat(c).contains(" import-actuals "))
                .anySatisfy(c -> assertThat(c).contains(" export "))
                .anySatisfy(c -> assertThat(c).contains(" status "))
                .anySatisfy(c -> assertThat(c).contains(" generate "));
    }

    @Test
    void every_command_in_the_readme_runs_as_written() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String command : readmeCommands()) {
            String rest = command.substring(PREFIX.length()).strip();
            if (rest.isEmpty()) {
                continue; // the dashboard itself
            }
            CommandOutput output = new CommandOutput();
            int status = runner.execute(output.console(), arguments(rest));
            if (status != 0) {
                failures.add(
                        command + "\n  exit " + status + ": " + output.err().strip());
            }
        }
        assertThat(failures).as("README commands that fail").isEmpty();
    }

    /** The words of a command line, the example files replaced by their stand-ins, written files in the temp dir. */
    private String[] arguments(String commandLine) {
        List<String> args = new ArrayList<>();
        String[] words = commandLine.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals("--out") && i + 1 < words.length) {
                args.add(word);
                args.add(dir.resolve(words[++i]).toString());
            } else if (word.startsWith("--out=")) {
                args.add("--out=" + dir.resolve(word.substring("--out=".length())));
            } else if (!word.startsWith("-") && word.matches(".*\\.[a-z]{2,4}")) {
                Path standIn = standIns.get(word);
                assertThat(standIn)
                        .as("a stand-in for the README's example file " + word)
                        .isNotNull();
                args.add(standIn.toString());
            } else {
                args.add(word);
            }
        }
        return args.toArray(String[]::new);
    }
}
