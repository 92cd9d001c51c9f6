package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.indicator.GoalTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Approval documents that are wrong are refused, never reinterpreted: numbers read whole and within their columns,
 * projects and indicators written twice named with both lines, texts longer than their columns refused. Each
 * refusal names the line and the field, in the reader's language.
 */
class ApprovalRefusalTest {

    /** Line 3 holds the budget, line 5 and 6 the indicators. */
    static String document(String name, String budget, String firstIndicator, String firstTarget) {
        return """
                2025年项目支出绩效目标批复
                项目名称\t%s
                项目预算\t%s
                年度绩效目标表
                年度绩效目标1\t产出指标\t数量指标\t%s\t%s\t计划值
                \t\t质量指标\t合格率\t100%%\t计划值
                """.formatted(name, budget, firstIndicator, firstTarget);
    }

    static ApprovalDocument read(String text) {
        return ApprovalDocuments.read("approval.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportException refusal(String text) {
        try {
            read(text);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    static ImportException refusal(byte[] xlsx) {
        try {
            ApprovalDocuments.read("approval.xlsx", xlsx);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    static String english(ImportProblem p) {
        return p.message(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "budget {0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -8                      | Project budget "-8" cannot be negative
            1e309                   | Project budget "1e309" is not a number written in full
            12abc                   | Project budget "12abc" is not a number written in full
            8.5.1                   | Project budget "8.5.1" is not a number written in full
            1,2                     | Project budget "1,2" is not a number written in full
            约52                    | Project budget "约52" is not a number written in full
            123456789012345678      | Project budget "123456789012345678" is too large: at most 99999999999999.9999
            0.00001                 | Project budget "0.00001" has too many decimal places: at most 4
            516600.5元              | Project budget "516600.5元" has too many decimal places: at most 4
            """)
    void a_budget_that_is_not_a_whole_number_within_its_column_is_refused_with_line_and_field(
            String budget, String message) {
        ImportException e = refusal(document("测试项目", budget, "慰问人数", "≥10人"));
        assertThat(e.getSource()).isEqualTo("approval.txt");
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(english(p)).startsWith(message);
            assertThat(p.message()).startsWith("项目预算“" + budget + "”");
        });
    }

    @ParameterizedTest(name = "budget {0} is {1} 万元")
    @CsvSource(delimiter = '|', textBlock = """
            52          | 52
            52万元      | 52
            51.66       | 51.66
            520,000元   | 52
            516600元    | 51.66
            ５２        | 52
            0           | 0
            """)
    void a_budget_written_whole_is_read_as_written(String budget, String wan) {
        assertThat(read(document("测试项目", budget, "慰问人数", "≥10人"))
                        .projects()
                        .getFirst()
                        .budget())
                .isEqualByComparingTo(wan);
    }

    @Test
    void a_budget_inline_after_its_label_is_refused_on_its_own_line() {
        String text = document("测试项目", "10", "慰问人数", "≥10人").replace("项目预算\t10", "项目预算：-8");
        assertThat(refusal(text).getProblems()).singleElement().satisfies(p -> assertThat(p.line())
                .isEqualTo(3));
    }

    @Test
    void a_target_too_large_for_its_column_is_refused_and_one_with_an_exponent_is_never_read_as_a_number() {
        ImportException e = refusal(document("测试项目", "10", "慰问人数", "≥123456789012345678人"));
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(english(p)).startsWith("Target \"≥123456789012345678人\" is too large");
        });
        ImportException precise = refusal(document("测试项目", "10", "达标率", "≥95.0000001%"));
        assertThat(english(precise.getProblems().getFirst())).contains("too many decimal places: at most 6");
        ApprovalDocument exponent = read(document("测试项目", "10", "慰问人数", "1e309人"));
        assertThat(exponent.projects().getFirst().indicators())
                .extracting(IndicatorDraft::name)
                .doesNotContain("慰问人数");
    }

    @Test
    void the_same_project_twice_in_one_document_is_refused_naming_both_lines() {
        String one = document("测试项目", "10", "慰问人数", "≥10人");
        String twice = one + one.substring(one.indexOf("项目名称"));
        ImportException e = refusal(twice);
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(english(p))
                    .isEqualTo("Project \"测试项目\" appears twice, on lines 2 and 7; a file may hold each project once");
            assertThat(p.message()).isEqualTo("项目“测试项目”在第 2 行和第 7 行重复出现；同一文件中每个项目只能出现一次");
        });
    }

    @Test
    void names_the_database_takes_for_the_same_project_count_as_the_same() {
        String one = document("Test project", "10", "慰问人数", "≥10人");
        String other = document("test PROJECT ", "10", "慰问人数", "≥10人");
        ImportException e = refusal(one + other.substring(other.indexOf("项目名称")));
        assertThat(english(e.getProblems().getFirst())).contains("appears twice, on lines 2 and 7");
    }

    @Test
    void the_same_indicator_twice_in_one_table_is_refused_naming_both_lines() {
        String text = document("测试项目", "10", "慰问人数", "≥10%") + "\t\t数量指标\t慰问人数\t≥90%\t计划值\n";
        ImportException e = refusal(text);
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(english(p))
                    .isEqualTo("Indicator \"慰问人数\" appears twice in the Annual indicators table: lines 5 and 7");
        });
    }

    @Test
    void the_same_name_in_the_long_term_and_the_annual_table_is_no_duplicate() throws IOException {
        ApprovalDocument seed = read(new String(SeedDocumentTest.seed(), StandardCharsets.UTF_8));
        assertThat(seed.projects()).hasSize(7);
        assertThat(seed.projects().stream()
                        .mapToInt(p -> p.indicators(GoalTable.ANNUAL).size())
                        .sum())
                .isEqualTo(84);
        assertThat(seed.projects().stream()
                        .mapToInt(p -> p.indicators(GoalTable.LONG_TERM).size())
                        .sum())
                .isEqualTo(84);
    }

    @Test
    void a_ten_thousand_character_project_name_is_refused_with_its_length_and_the_limit() {
        String name = "超长项目名称".repeat(2000).substring(0, 10_000);
        ImportException e = refusal(document(name, "10", "慰问人数", "≥10人"));
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(english(p))
                    .startsWith("Project name is 10000 characters long, at most 500 are allowed: \"超长项目名称");
            assertThat(p.message())
                    .startsWith("项目名称长 10000 个字符，最多 500 个字符：“超长项目名称")
                    .hasSizeLessThan(120);
        });
    }

    @Test
    void a_project_name_of_a_few_hundred_characters_fits() {
        String name = "项".repeat(480);
        assertThat(read(document(name, "10", "慰问人数", "≥10人"))
                        .projects()
                        .getFirst()
                        .name())
                .isEqualTo(name);
    }

    @Test
    void a_ten_thousand_character_indicator_name_is_refused() {
        ImportException e = refusal(document("测试项目", "10", "名".repeat(10_000), "≥10人"));
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(english(p)).startsWith("Indicator name is 10000 characters long, at most 500 are allowed");
        });
    }

    @Test
    void a_target_cell_padded_far_beyond_its_column_is_refused() {
        ImportException e = refusal(document("测试项目", "10", "慰问人数", "≥10" + "\u00a0".repeat(300) + "人"));
        assertThat(english(e.getProblems().getFirst())).startsWith("Target is 304 characters long, at most 200");
    }

    @Test
    void every_refusal_of_a_document_is_listed_not_only_the_first() {
        String text = document("测试项目", "-8", "名".repeat(600), "≥10人");
        assertThat(refusal(text).getProblems()).extracting(ImportProblem::line).containsExactly(3, 5);
    }

    @Test
    void the_same_project_on_two_sheets_of_a_workbook_is_refused_naming_sheets_and_lines() throws IOException {
        ImportException e = refusal(workbook(List.of("第一张", "第二张"), "测试项目", "10"));
        assertThat(e.getProblems()).singleElement().satisfies(p -> assertThat(english(p))
                .isEqualTo("Project \"测试项目\" appears twice: sheet 第一张 line 2 and sheet 第二张 line 2"));
    }

    @Test
    void a_refusal_in_one_sheet_refuses_the_whole_workbook_and_names_the_sheet() throws IOException {
        ImportException e = refusal(workbook(List.of("预算有误"), "测试项目", "-8"));
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(english(p)).isEqualTo("Sheet 预算有误: Project budget \"-8\" cannot be negative");
            assertThat(p.message()).isEqualTo("工作表“预算有误”：项目预算“-8”不能为负数");
        });
    }

    @Test
    void a_numeric_budget_cell_is_read_in_full_not_as_excel_displays_it() throws IOException {
        byte[] xlsx = workbook(List.of("表"), "测试项目", null);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheetAt(0).getRow(2).createCell(1).setCellValue(12345678901.2345);
            wb.write(out);
            assertThat(ApprovalDocuments.read("a.xlsx", out.toByteArray())
                            .projects()
                            .getFirst()
                            .budget())
                    .isEqualByComparingTo("12345678901.2345");
        }
    }

    /** One project per sheet, laid out like the official table, budget in row 3 (null: no budget cell). */
    static byte[] workbook(List<String> sheets, String project, String budget) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String name : sheets) {
                Sheet sheet = wb.createSheet(name);
                row(sheet, 0, "2025年项目支出绩效目标批复");
                row(sheet, 1, "项目名称", project);
                if (budget == null) {
                    row(sheet, 2, "项目预算");
                } else {
                    row(sheet, 2, "项目预算", budget);
                }
                row(sheet, 3, "年度绩效目标表");
                row(sheet, 4, "年度绩效目标1", "产出指标", "数量指标", "慰问人数", "≥10人", "计划值");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
