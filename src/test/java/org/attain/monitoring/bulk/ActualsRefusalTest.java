package org.attain.monitoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.AttainSpringTest;
import org.attain.i18n.Texts;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.InputLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actuals and budget files that are wrong are refused by row and column, never reinterpreted: two rows for the same
 * indicator (or budget) and checkpoint name both rows, numbers are read whole and within their columns, texts longer
 * than the form allows and files beyond the row limit are refused. Nothing is stored.
 */
@AttainSpringTest
class ActualsRefusalTest {

    static final String HEADER = "project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action\n";
    static final String PROJECT = "协理员专项补助";

    @Autowired
    ActualsImportService importer;

    @Autowired
    JdbcClient jdbc;

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<ImportProblem> errors(String text) {
        return importer.read("actuals.csv", csv(text)).errors();
    }

    private static String english(ImportProblem p) {
        return p.message(Locale.ENGLISH);
    }

    private int actuals() {
        return jdbc.sql("SELECT COUNT(*) FROM indicator_actual")
                .query(Integer.class)
                .single();
    }

    @Test
    void two_rows_for_the_same_indicator_and_checkpoint_are_refused_naming_both_rows_and_nothing_is_stored() {
        int before = actuals();
        String file = HEADER + PROJECT + ",协理员年度考核合格率,2025-07,91,92,确定能,,\n"
                + PROJECT + ",协理员工资补助发放合格率,2025-07,99,99,确定能,,\n"
                + PROJECT + ",协理员年度考核合格率,2025-07,80,92,确定能,,\n";
        assertThatThrownBy(() -> importer.store("twice.csv", csv(file)))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.getProblems()).singleElement().satisfies(p -> {
                            assertThat(p.line()).isEqualTo(4);
                            assertThat(english(p))
                                    .isEqualTo("Indicator \"协理员年度考核合格率\" at 2025-07 is reported twice: rows 2 and 4");
                            assertThat(p.message()).isEqualTo("指标“协理员年度考核合格率”在 2025-07 的执行情况重复填报：第 2 行和第 4 行");
                        }));
        assertThat(actuals()).isEqualTo(before);
    }

    @Test
    void the_same_indicator_at_two_checkpoints_is_no_duplicate() {
        String file =
                HEADER + PROJECT + ",协理员年度考核合格率,2025-06,91,92,确定能,,\n" + PROJECT + ",协理员年度考核合格率,2025-07,92,92,确定能,,\n";
        assertThat(errors(file)).isEmpty();
    }

    @Test
    void two_budget_rows_for_the_same_project_and_checkpoint_are_refused_naming_both_rows() {
        String file = "project,checkpoint,annual_budget,executed,forecast\n" + PROJECT + ",2025-07,8,4,8\n" + PROJECT
                + ",2025-07,8,5,8\n";
        assertThat(errors(file)).singleElement().satisfies(p -> assertThat(english(p))
                .isEqualTo("The budget of project \"协理员专项补助\" at 2025-07 is reported twice: rows 2 and 3"));
    }

    @Test
    void numbers_not_written_whole_or_too_large_for_their_column_are_refused_by_row_and_column() {
        String file = HEADER + PROJECT + ",协理员年度考核合格率,2025-07,1e309,92,确定能,,\n"
                + PROJECT + ",协理员工资补助发放合格率,2025-07,99,9.9.9,确定能,,\n"
                + PROJECT + ",各级工会协理员工资补助发放,2025-07,123456789012345678,25,确定能,,\n"
                + PROJECT + ",协理员对工会组织的认可度,2025-07,93.0000001,95,确定能,,\n";
        assertThat(errors(file))
                .extracting(ImportProblemView::of)
                .containsExactly(
                        new ImportProblemView(
                                2,
                                "Actual \"1e309\" is not a number written in full (such as 52 or 51.66; no "
                                        + "letters, exponents or other characters)"),
                        new ImportProblemView(
                                3,
                                "Forecast \"9.9.9\" is not a number written in full (such as 52 or 51.66; no "
                                        + "letters, exponents or other characters)"),
                        new ImportProblemView(
                                4, "Actual \"123456789012345678\" is too large: at most 99999999999999.999999"),
                        new ImportProblemView(5, "Actual \"93.0000001\" has too many decimal places: at most 6"));
    }

    @Test
    void budget_figures_beyond_their_column_are_refused() {
        String file = "project,checkpoint,annual_budget,executed,forecast\n" + PROJECT + ",2025-07,8,1e3,8\n"
                + "企业家疗休养专项资金,2025-07,15,0.00001,15\n";
        assertThat(errors(file))
                .extracting(p -> p.line() + " " + english(p))
                .containsExactly(
                        "2 Executed \"1e3\" is not a number written in full (such as 52 or 51.66; no letters, exponents or "
                                + "other characters)",
                        "3 Executed \"0.00001\" has too many decimal places: at most 4");
    }

    @Test
    void a_ten_thousand_character_text_or_name_is_refused_with_its_length() {
        String action = "措".repeat(10_000);
        String name = "项".repeat(10_000);
        String file = HEADER + PROJECT + ",协理员年度考核合格率,2025-07,91,92,确定能,," + action + "\n" + name
                + ",协理员年度考核合格率,2025-07,91,92,确定能,,\n";
        List<ImportProblem> errors = errors(file);
        assertThat(errors).extracting(ImportProblem::line).containsExactly(2, 3);
        assertThat(english(errors.get(0)))
                .startsWith("Corrective action is 10000 characters long, at most 2000 are " + "allowed: \"措措")
                .hasSizeLessThan(120);
        assertThat(english(errors.get(1)))
                .startsWith("Project is 10000 characters long, at most 500 are allowed: \"项项")
                .hasSizeLessThan(120);
    }

    @Test
    void a_file_with_more_rows_than_the_limit_is_refused_before_any_row_is_looked_at() {
        String row = PROJECT + ",协理员年度考核合格率,2025-07,91,92,确定能,,\n";
        String file = HEADER + row.repeat(InputLimits.MAX_ROWS + 1);
        assertThatThrownBy(() -> importer.read("many.csv", csv(file)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(
                                english(e.getProblems().getFirst()))
                        .isEqualTo("The file has more than 50000 data rows; split it into several files"));
    }

    @Test
    void a_file_larger_than_twenty_megabytes_is_refused_by_size() {
        assertThatThrownBy(() -> importer.read("huge.csv", new byte[InputLimits.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(
                                english(e.getProblems().getFirst()))
                        .isEqualTo("The file is too large (about 21 MB); the limit is 20 MB"));
    }

    @Test
    @Transactional
    void numeric_workbook_cells_are_read_in_full_and_percentages_keep_their_sign() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("actuals");
            Row header = sheet.createRow(0);
            String[] columns = {"project", "indicator", "checkpoint", "actual", "forecast", "likelihood"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            CellStyle rounded = wb.createCellStyle();
            rounded.setDataFormat(wb.createDataFormat().getFormat("0"));
            Row rate = sheet.createRow(1);
            rate.createCell(0).setCellValue(PROJECT);
            rate.createCell(1).setCellValue("协理员年度考核合格率");
            rate.createCell(2).setCellValue("2025-07");
            rate.createCell(3).setCellValue(0.915);
            rate.getCell(3).setCellStyle(percent);
            rate.createCell(4).setCellValue(92);
            rate.createCell(5).setCellValue("确定能");
            Row count = sheet.createRow(2);
            count.createCell(0).setCellValue(PROJECT);
            count.createCell(1).setCellValue("协理员对工会组织的认可度");
            count.createCell(2).setCellValue("2025-07");
            count.createCell(3).setCellValue(93.4);
            count.getCell(3).setCellStyle(rounded);
            count.createCell(5).setCellValue("确定能");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        ActualsImportReport report = importer.read("exact.xlsx", xlsx);
        assertThat(report.errors()).isEmpty();
        assertThat(report.lines())
                .extracting(l -> Texts.chinese().render(l.change()))
                .containsExactly("— → 91.5", "— → 93.4");
    }

    /** A problem as row and English message, for comparing lists. */
    record ImportProblemView(int line, String message) {
        static ImportProblemView of(ImportProblem p) {
            return new ImportProblemView(p.line(), p.message(Locale.ENGLISH));
        }
    }
}
