package org.attain.monitoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.AttainSpringTest;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.monitoring.MonitoringService;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@AttainSpringTest
class ActualsImportServiceTest {

    static final Checkpoint JULY = new Checkpoint(2025, 7);

    @Autowired
    ActualsImportService importer;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    MonitoringWorkbook workbook;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcClient jdbc;

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    private org.attain.monitoring.ActualInput stored(String project, String indicator, Checkpoint at) {
        return monitoring.sheet(project(project), at).rows().stream()
                .filter(r -> r.indicator().getName().equals(indicator))
                .findFirst()
                .orElseThrow()
                .stored();
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Transactional
    void a_valid_actuals_csv_is_stored_with_units_converted() {
        String file = """
                project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action
                鄂州市劳模春节慰问专项资金,2025年春节慰问人数,2025-07,552人,574,有可能,其他;人员保障,节后补访
                鄂州市劳模春节慰问专项资金,总成本,2025-07,516600元,52万元,确定能,,
                鄂州市劳模春节慰问专项资金,春节前完成走访慰问,2025-07,部分达成,达成,确定能,,
                """;
        ActualsImportReport report = importer.store("july.csv", csv(file));
        assertThat(report.lines()).extracting(ActualsImportReport.Line::row).containsExactly(2, 3, 4);
        var visits = stored("鄂州市劳模春节慰问专项资金", "2025年春节慰问人数", JULY);
        assertThat(visits.actual()).isEqualByComparingTo("552");
        assertThat(visits.likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(visits.reasons()).containsExactlyInAnyOrder(DeviationReason.OTHER, DeviationReason.STAFF);
        assertThat(stored("鄂州市劳模春节慰问专项资金", "总成本", JULY).actual()).isEqualByComparingTo("51.66");
        assertThat(stored("鄂州市劳模春节慰问专项资金", "总成本", JULY).forecast()).isEqualByComparingTo("52");
    }

    @Test
    void a_csv_with_one_bad_row_is_refused_by_row_and_writes_nothing() {
        int before = count("indicator_actual");
        String file = """
                project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action
                协理员专项补助,协理员年度考核合格率,2025-07,91,92,确定能,,
                协理员专项补助,协理员年度考核合格率x,2025-07,91,92,确定能,,
                协理员专项补助,各级工会协理员工资补助发放,2025-07,12千克,25,确定能,,
                未知项目,总成本,2025-07,1,1,确定能,,
                协理员专项补助,协理员工资补助发放合格率,2025-13,99,99,确定能,,
                协理员专项补助,协理员工资补助发放合格率,2025-07,99,99,也许吧,,
                协理员专项补助,协理员对工会组织的认可度,2025-07,99,99,有可能,,
                """;
        assertThatThrownBy(() -> importer.store("bad.csv", csv(file)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    List<ImportProblem> p = ((ImportException) e).getProblems();
                    assertThat(p).extracting(ImportProblem::line).containsExactly(3, 4, 5, 6, 7, 8, 8);
                    assertThat(p.get(0).message(Locale.ENGLISH)).contains("has no annual indicator");
                    assertThat(p.get(1).message(Locale.ENGLISH)).contains("does not match the target's unit “人”");
                    assertThat(p.get(2).message(Locale.ENGLISH)).contains("There is no 2025 project named");
                    assertThat(p.get(3).message(Locale.ENGLISH)).contains("not “2025-13”");
                    assertThat(p.get(4).message()).contains("也许吧");
                    assertThat(p.get(5).message(Locale.ENGLISH)).contains("reasons are required");
                });
        assertThat(count("indicator_actual")).isEqualTo(before);
    }

    @Test
    @Transactional
    void a_budget_csv_sets_execution_and_an_adjusted_budget_needs_a_reason() {
        String ok = """
                project,checkpoint,annual_budget,executed,forecast
                企业家疗休养专项资金,2025-07,15,7.2,15
                """;
        importer.store("budget.csv", csv(ok));
        assertThat(monitoring.sheet(project("企业家疗休养专项资金"), JULY).budget().executed())
                .isEqualByComparingTo("7.2");
        assertThat(monitoring.sheet(project("企业家疗休养专项资金"), JULY).budget().adjustedBudget())
                .isNull();
        String adjusted = """
                project,checkpoint,annual_budget,executed,forecast
                企业家疗休养专项资金,2025-07,18,7.2,18
                """;
        assertThat(importer.read("adjusted.csv", csv(adjusted)).errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).contains("give the reason for the adjustment"));
    }

    @Test
    @Transactional
    void the_monitoring_workbook_round_trips_and_detects_edits_since_download() throws Exception {
        long id = project("鄂州市劳模帮扶专项资金");
        Checkpoint june = new Checkpoint(2025, 6);
        byte[] xlsx = workbook.write(List.of(monitoring.sheet(id, june)), june);
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("截至目前完成值");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("市级生活困难劳模帮扶人数");
            first.getCell(8).setCellValue("14");
            wb.getSheetAt(1).getRow(1).getCell(4).setCellValue("47.5");
            wb.write(out);
            edited = out.toByteArray();
        }
        ActualsImportReport preview = importer.read("june.xlsx", edited);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.lines()).hasSize(21);
        importer.store("june.xlsx", edited);
        assertThat(stored("鄂州市劳模帮扶专项资金", "市级生活困难劳模帮扶人数", june).actual()).isEqualByComparingTo("14");
        assertThat(monitoring.sheet(id, june).budget().executed()).isEqualByComparingTo("47.5");
        // the same file again: its versions are now stale
        assertThat(importer.read("june.xlsx", edited).errors())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.message(Locale.ENGLISH)).contains("since the file was downloaded"));
    }

    @Test
    void empty_and_headerless_files_are_refused_clearly() {
        assertThatThrownBy(() -> importer.read("e.csv", new byte[0])).hasMessageContaining("文件为空");
        assertThat(importer.read("h.csv", csv("project,indicator,checkpoint,actual\n"))
                        .errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).contains("no data rows"));
    }
}
