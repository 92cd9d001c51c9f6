package org.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.AttainSpringTest;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.bulk.MonitoringWorkbook;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.attain.status.Likelihood;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Formula-looking text typed by a project owner (a corrective action, a note) reaches every export as text: the CSV
 * neutralises it, the workbooks hold it in text cells, never as a formula.
 */
@AttainSpringTest
@Transactional
class ExportInjectionTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final String PROJECT = "协理员专项补助";
    static final List<String> PAYLOADS = List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)", "\t=1+1", "\r=1+1");

    @Autowired
    ReportService reports;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    org.attain.review.ReviewService reviews;

    @Autowired
    MonitoringWorkbook workbook;

    @Autowired
    ProjectService projects;

    private long project() {
        return projects.findExisting("鄂州市总工会", 2025, PROJECT).orElseThrow().getId();
    }

    /** One payload as the corrective action of each of the first six annual indicators, the last as a note. */
    private void enterPayloads() {
        List<EntryRow> rows = monitoring.sheet(project(), JUNE).rows();
        List<ActualInput> inputs = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            EntryRow r = rows.get(i);
            inputs.add(new ActualInput(
                    r.indicator().getId(),
                    r.stored().version(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    Set.of(),
                    null,
                    Likelihood.CERTAIN,
                    PAYLOADS.get(i),
                    i == 0 ? "@note" : null));
        }
        monitoring.save(project(), JUNE, inputs, null);
        reviews.submitAll(project(), JUNE); // the official tables hold approved values only
        reviews.approveAll(project(), JUNE);
    }

    @Test
    void the_monitoring_csv_neutralises_every_formula_looking_cell() {
        enterPayloads();
        String csv = new String(
                reports.export(ReportService.Kind.MONITORING, ReportService.Format.CSV, 2025, JUNE, PROJECT),
                StandardCharsets.UTF_8);
        for (String payload : PAYLOADS) {
            assertThat(csv).contains(",\"'" + payload.replace("\"", "\"\"") + "\"");
        }
        assertThat(csv).contains(",\"'@note\"\r\n");
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                assertThat(cell)
                        .as(line)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@")
                        .doesNotStartWith("\t")
                        .doesNotStartWith("\r");
            }
        }
    }

    @Test
    void the_monitoring_and_entry_workbooks_hold_the_text_in_text_cells_never_as_formulas() throws Exception {
        enterPayloads();
        byte[] report = reports.export(ReportService.Kind.MONITORING, ReportService.Format.XLSX, 2025, JUNE, PROJECT);
        byte[] entry = workbook.write(List.of(monitoring.sheet(project(), JUNE)), JUNE);
        for (byte[] xlsx : List.of(report, entry)) {
            List<Cell> cells = cells(xlsx);
            assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);
            for (String payload : PAYLOADS) {
                assertThat(cells)
                        .filteredOn(c -> c.getCellType() == CellType.STRING)
                        .anySatisfy(c -> assertThat(c.getStringCellValue()).isEqualTo(payload));
            }
        }
    }

    private static List<Cell> cells(byte[] xlsx) throws Exception {
        List<Cell> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    row.forEach(cells::add);
                }
            }
        }
        return cells;
    }
}
