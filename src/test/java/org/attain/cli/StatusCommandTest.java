package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.AttainSpringTest;
import org.attain.i18n.Texts;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.StatusService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@AttainSpringTest
class StatusCommandTest {

    static final Checkpoint JUN = new Checkpoint(2025, 6);
    static final String VISITS = "鄂州市劳模春节慰问专项资金";

    @Autowired
    CommandRunner runner;

    @Autowired
    StatusService status;

    @TempDir
    Path dir;

    private CommandOutput output = new CommandOutput();

    private int run(String... args) {
        output = new CommandOutput();
        return runner.execute(output.console(), args);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void json_lists_every_project_with_the_lights_and_sentences_of_the_screens() {
        assertThat(run("status", "--year", "2025", "--checkpoint", "2025-06", "--format", "json"))
                .isZero();
        assertThat(output.err()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(output.out());
        assertThat(keys(root)).containsExactly("year", "checkpoint", "projects");
        assertThat(root.get("year").asInt()).isEqualTo(2025);
        assertThat(root.get("checkpoint").asString()).isEqualTo("2025-06");
        List<ProjectStatus> screens = status.portfolio(JUN).projects();
        assertThat(root.get("projects")).hasSize(screens.size());
        for (int i = 0; i < screens.size(); i++) {
            ProjectStatus p = screens.get(i);
            JsonNode project = root.get("projects").get(i);
            assertThat(keys(project)).containsExactly("name", "light", "budgetLight", "sentence", "indicators");
            assertThat(project.get("name").asString()).isEqualTo(p.name());
            assertThat(project.get("light").asString()).isEqualTo(p.light().name());
            assertThat(project.get("budgetLight").asString())
                    .isEqualTo(p.budgetStatus().light().name());
            assertThat(project.get("sentence").asString())
                    .isEqualTo(Texts.chinese().render(p.explanation()));
            assertThat(project.get("indicators")).hasSize(p.indicators().size());
            for (int j = 0; j < p.indicators().size(); j++) {
                assertThat(project.get("indicators").get(j).get("light").asString())
                        .isEqualTo(p.indicators().get(j).status().light().name());
            }
        }
        JsonNode visits = indicator(root, VISITS, "2025年春节慰问人数");
        assertThat(keys(visits))
                .containsExactly(
                        "name", "category", "subcategory", "target", "actual", "expected", "light", "sentence");
        assertThat(visits.get("category").asString()).isEqualTo("产出指标");
        assertThat(visits.get("target").asString()).isEqualTo("≥ 574人");
        assertThat(visits.get("actual").isNumber()).isTrue();
        assertThat(visits.get("actual").decimalValue()).isEqualByComparingTo("540");
        assertThat(visits.get("light").asString()).isEqualTo("RED");
        assertThat(visits.get("sentence").asString()).startsWith("红：");
        assertThat(output.out())
                .contains("\"actual\":540,")
                .doesNotContain("E+")
                .doesNotContain("540.0000");
    }

    private static JsonNode indicator(JsonNode root, String project, String name) {
        for (JsonNode p : root.get("projects")) {
            if (p.get("name").asString().equals(project)) {
                for (JsonNode i : p.get("indicators")) {
                    if (i.get("name").asString().equals(name)) {
                        return i;
                    }
                }
            }
        }
        throw new AssertionError(project + " / " + name + " not in the output");
    }

    @Test
    void both_option_spellings_give_the_same_output() {
        assertThat(run("status", "--year=2025", "--checkpoint=2025-06", "--project=" + VISITS, "--format=json"))
                .isZero();
        String equals = output.out();
        assertThat(run("status", "--year", "2025", "--checkpoint", "2025-06", "--project", VISITS, "--format", "json"))
                .isZero();
        assertThat(output.out()).isEqualTo(equals);
        assertThat(run("status", "--format", "json", "--year=2025", "--project", VISITS, "--checkpoint=2025-06"))
                .isZero();
        assertThat(output.out()).isEqualTo(equals);
    }

    @Test
    void the_project_filter_keeps_one_project_and_english_is_on_request() {
        assertThat(run(
                        "status",
                        "--year",
                        "2025",
                        "--checkpoint",
                        "2025-06",
                        "--project",
                        VISITS,
                        "--format",
                        "json",
                        "--lang",
                        "en"))
                .isZero();
        JsonNode root = new ObjectMapper().readTree(output.out());
        assertThat(root.get("projects")).hasSize(1);
        assertThat(root.get("projects").get(0).get("name").asString()).isEqualTo(VISITS);
        assertThat(indicator(root, VISITS, "2025年春节慰问人数").get("sentence").asString())
                .startsWith("Red: ");
        assertThat(root.get("projects").get(0).get("sentence").asString())
                .isEqualTo(Texts.english()
                        .render(status.portfolio(JUN).projects().stream()
                                .filter(p -> p.name().equals(VISITS))
                                .findFirst()
                                .orElseThrow()
                                .explanation()));
    }

    @Test
    void csv_has_one_row_per_indicator_with_the_project_columns_repeated_and_a_bom() throws Exception {
        Path file = dir.resolve("status.csv");
        assertThat(run(
                        "status",
                        "--year",
                        "2025",
                        "--checkpoint",
                        "2025-06",
                        "--format",
                        "csv",
                        "--out",
                        file.toString()))
                .isZero();
        assertThat(output.out()).contains("\"bytes\":");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("project,projectLight,budgetLight,projectSentence,category,subcategory,"
                        + "indicator,target,actual,expected,light,sentence");
        List<ProjectStatus> screens = status.portfolio(JUN).projects();
        assertThat(lines)
                .hasSize(1
                        + screens.stream().mapToInt(p -> p.indicators().size()).sum());
        ProjectStatus visits = screens.stream()
                .filter(p -> p.name().equals(VISITS))
                .findFirst()
                .orElseThrow();
        assertThat(lines)
                .contains(VISITS + "," + visits.light().name() + ","
                        + visits.budgetStatus().light().name() + ","
                        + Texts.chinese().render(visits.explanation()) + ",产出指标,数量指标,2025年春节慰问人数,≥ 574人,540,"
                        + visits.indicators()
                                .getFirst()
                                .status()
                                .expected()
                                .stripTrailingZeros()
                                .toPlainString() + ",RED,"
                        + Texts.chinese()
                                .render(visits.indicators().getFirst().status().explanation()));
        Map<String, Long> rowsByProject =
                lines.stream().skip(1).collect(Collectors.groupingBy(l -> l.split(",")[0], Collectors.counting()));
        assertThat(rowsByProject.get(VISITS))
                .isEqualTo((long) visits.indicators().size());
    }

    @Test
    void csv_of_one_project_on_stdout_has_no_bom_and_only_that_project() {
        assertThat(run("status", "--year=2025", "--checkpoint=2025-06", "--project", VISITS, "--format=csv"))
                .isZero();
        List<String> lines = output.out().lines().toList();
        assertThat(lines.getFirst()).startsWith("project,");
        assertThat(lines.subList(1, lines.size())).hasSize(10).allSatisfy(l -> assertThat(l)
                .startsWith(VISITS + ","));
    }

    @ParameterizedTest(name = "{0} → exit 2, {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--checkpoint 2025-06 --format json | --year is required",
                "--year 25x --checkpoint 2025-06 --format json | --year is a year such as 2025, not '25x'",
                "--year 2025 --checkpoint 2025-13 --format json | --checkpoint is written YYYY-MM",
                "--year 2025 --checkpoint June --format json | --checkpoint is written YYYY-MM",
                "--year 2025 --checkpoint 2024-06 --format json | --checkpoint 2024-06 is not in --year 2025",
                "--year 2025 --format json | --checkpoint is required",
                "--year 2025 --checkpoint 2025-06 --format xml | --format is json or csv, not 'xml'",
                "--year 2025 --checkpoint 2025-06 | --format is required",
                "--year 2025 --checkpoint 2025-06 --format json --project 不存在 | --project '不存在': no project of that name in 2025",
                "--year 2031 --checkpoint 2031-06 --format json | --year 2031: there are no projects in 2031",
                "--year 2025 --checkpoint 2025-06 --format json --lang fr | --lang is zh or en, not 'fr'",
                "--yaer 2025 --checkpoint 2025-06 --format json | Unknown option --yaer",
                "--year 2025 --year 2024 --checkpoint 2025-06 --format json | --year is given twice",
                "--year --checkpoint 2025-06 --format json | --year needs a value",
                "--year 2025 --checkpoint 2025-06 --format json extra | Unexpected argument 'extra'"
            })
    void refused_input_exits_2_with_a_message_naming_the_option(String args, String message) {
        List<String> argv = new ArrayList<>(List.of("status"));
        argv.addAll(List.of(args.strip().split(" ")));
        assertThat(run(argv.toArray(String[]::new))).isEqualTo(2);
        assertThat(output.out()).isEmpty();
        assertThat(output.err()).contains(message).contains("usage: java -jar attain.jar status");
    }

    @Test
    void an_unwritable_out_file_exits_2_naming_the_option() {
        Path file = dir.resolve("no-such-dir").resolve("status.json");
        assertThat(run("status", "--year=2025", "--checkpoint=2025-06", "--format=json", "--out=" + file))
                .isEqualTo(2);
        assertThat(output.err()).contains("--out " + file + ": cannot be written");
    }

    @Test
    void status_is_a_command_that_runs_without_the_web_server() {
        assertThat(Commands.isCommandLine(new String[] {"status"})).isTrue();
    }
}
