package org.attain.monitoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.attain.AttainSpringTest;
import org.attain.generator.StatementCount;
import org.attain.importing.ImportProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects a file names are looked up together, as the name column compares names (case, accents and trailing
 * spaces ignored), and a row that names no project, a project of another year, or no checkpoint is refused by row with
 * its own reason. Reading a file takes as many statements for seven projects as for one.
 */
@AttainSpringTest
class ProjectNamesInFilesTest {

    static final String HEADER = "project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action\n";
    static final String PROJECT = "协理员专项补助";
    static final String ROW = ",协理员年度考核合格率,2025-07,91,92,确定能,,\n";

    @Autowired
    ActualsImportService importer;

    @Autowired
    JdbcClient jdbc;

    private List<ImportProblem> errors(String text) {
        return importer.read("names.csv", text.getBytes(StandardCharsets.UTF_8)).errors();
    }

    private static List<String> english(List<ImportProblem> problems) {
        return problems.stream()
                .map(p -> p.line() + ": " + p.message(Locale.ENGLISH))
                .toList();
    }

    @Test
    @Transactional
    void a_name_written_in_other_case_with_accents_or_trailing_spaces_finds_its_project() {
        jdbc.sql("UPDATE project SET name = 'Union Assistant Fund' WHERE name = :name AND budget_year = 2025")
                .param("name", PROJECT)
                .update();
        String file =
                HEADER + "UNION ASSISTANT FUND" + ROW + "\"union assistant fund  \",协理员工资补助发放合格率,2025-07,99,99,确定能,,\n"
                        + "Uniön Assistant Fund,协理员对工会组织的认可度,2025-07,99,99,确定能,,\n";
        ActualsImportReport report = importer.read("names.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(report.errors()).isEmpty();
        assertThat(report.lines())
                .extracting(ActualsImportReport.Line::project)
                .containsOnly("Union Assistant Fund")
                .hasSize(3);
    }

    @Test
    void unknown_projects_other_years_missing_checkpoints_and_names_of_two_projects_are_refused_by_row() {
        String file = HEADER + "没有这个项目" + ROW
                + PROJECT + ",协理员年度考核合格率,2024-07,91,92,确定能,,\n"
                + PROJECT + ",协理员年度考核合格率,,91,92,确定能,,\n"
                + "没有这个项目,协理员年度考核合格率,,91,92,确定能,,\n"
                + PROJECT + ",协理员年度考核合格率,2025-7月,91,92,确定能,,\n"
                + PROJECT + ",协理员年度考核合格率,2025-07,九十一,92,确定能,,\n";
        List<String> errors = english(errors(file));
        assertThat(errors.subList(0, 5))
                .containsExactly(
                        "2: There is no 2025 project named “没有这个项目”",
                        "3: There is no 2024 project named “协理员专项补助”",
                        "4: The checkpoint is missing (e.g. 2025-06)",
                        "5: There is no project named “没有这个项目”",
                        "6: A checkpoint is written YYYY-MM (e.g. 2025-06), not “2025-7月”");
        assertThat(errors.subList(5, errors.size()))
                .singleElement()
                .satisfies(e -> assertThat(e).startsWith("7: ").contains("九十一"));
    }

    @Test
    @Transactional
    void a_name_two_projects_share_but_for_case_is_refused_as_ambiguous() {
        jdbc.sql("INSERT INTO department (name) VALUES ('名称测试部门')").update();
        jdbc.sql("""
                INSERT INTO project (department_id, budget_year, name, budget)
                SELECT id, 2025, 'union assistant fund', 1 FROM department WHERE name = '名称测试部门'""").update();
        jdbc.sql("UPDATE project SET name = 'Union Assistant Fund' WHERE name = :name AND budget_year = 2025")
                .param("name", PROJECT)
                .update();
        assertThat(english(errors(HEADER + "UNION assistant FUND" + ROW)))
                .containsExactly("2: Several projects are named “UNION assistant FUND”");
    }

    @Test
    void reading_a_file_takes_as_many_statements_for_seven_projects_as_for_one() {
        List<String[]> indicators = jdbc.sql("""
                SELECT p.name, MIN(i.name) FROM indicator i JOIN project p ON p.id = i.project_id
                WHERE p.budget_year = 2025 AND i.goal_table = 'ANNUAL' GROUP BY p.id, p.name ORDER BY p.id""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(indicators).hasSizeGreaterThanOrEqualTo(7);
        StatementCount count = new StatementCount(jdbc);
        long one = count.during(() -> importer.read("one.csv", notes(indicators.subList(0, 1))));
        long seven = count.during(() -> importer.read("seven.csv", notes(indicators.subList(0, 7))));
        assertThat(seven).isEqualTo(one);
    }

    private static byte[] notes(List<String[]> indicators) {
        StringBuilder csv = new StringBuilder("project,indicator,checkpoint,note\n");
        indicators.forEach(i -> csv.append(i[0]).append(',').append(i[1]).append(",2025-07,一条备注\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
