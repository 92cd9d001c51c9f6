package org.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.AttainSpringTest;
import org.attain.portfolio.StatusService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The official tables read back as an office files them: names, unit, sign-off lines, rounding, merged cells. */
@AttainSpringTest
@TestPropertySource(properties = "attain.organisation.name=鄂州市总工会办公室")
class OfficialPapersTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final String SPRING = "鄂州市劳模春节慰问专项资金";
    static final String SIGN_OFF = "单位负责人：＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿　　填报人：＿＿＿＿＿＿";

    @Autowired
    ReportService reports;

    @Autowired
    StatusService status;

    @Test
    void files_are_named_in_chinese_as_an_office_files_them() {
        assertThat(reports.fileName(ReportService.Kind.MONITORING, 2025, JUNE, null))
                .isEqualTo("2025年1-6月绩效运行监控表");
        assertThat(reports.fileName(ReportService.Kind.MONITORING, 2025, null, SPRING))
                .isEqualTo("2025年1-6月绩效运行监控表（鄂州市劳模春节慰问专项资金）");
        assertThat(reports.fileName(ReportService.Kind.SELF_EVALUATION, 2025, null, null))
                .isEqualTo("2025年绩效自评表");
        assertThat(reports.fileName(ReportService.Kind.SELF_EVALUATION, 2025, JUNE, null))
                .isEqualTo("2025年绩效自评表（预计，按1-6月预测）");
        assertThat(PaperNames.briefing(JUNE)).isEqualTo("2025年1-6月绩效运行监控会议材料");
        assertThat(PaperNames.minutes(JUNE)).isEqualTo("2025年1-6月绩效运行监控会议纪要");
        assertThat(PaperNames.targets(2025, "a/b:c")).isEqualTo("2025年绩效目标表（a_b_c）");
    }

    @Test
    void every_sheet_names_the_unit_and_ends_with_the_sign_off_line() throws Exception {
        for (ReportService.Kind kind : ReportService.Kind.values()) {
            try (XSSFWorkbook wb = xlsx(kind, null)) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(7);
                for (Sheet sheet : wb) {
                    assertThat(text(sheet))
                            .as(sheet.getSheetName())
                            .contains("填报单位（盖章）：鄂州市总工会办公室", "主管部门：鄂州市总工会", "金额单位：万元", SIGN_OFF, "填报日期：");
                }
            }
        }
    }

    @Test
    void every_pdf_page_of_a_table_ends_with_the_sign_off_line() throws Exception {
        for (ReportService.Kind kind : ReportService.Kind.values()) {
            byte[] pdf = reports.export(kind, ReportService.Format.PDF, 2025, JUNE, null);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String all = new PDFTextStripper().getText(doc);
                assertThat(count(all, "填报单位（盖章）：鄂州市总工会办公室")).as(kind.name()).isEqualTo(7);
                assertThat(count(all, "单位负责人：")).as(kind.name()).isGreaterThanOrEqualTo(7);
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(doc);
                    if (text.contains("三级指标")) { // a page of the table (not one of the scoring notes after it)
                        assertThat(text).as(kind + " page " + page).contains("单位负责人：");
                    }
                }
            }
        }
    }

    @Test
    void rates_and_amounts_have_two_decimals_on_paper_in_both_formats() throws Exception {
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = xlsx(ReportService.Kind.MONITORING, SPRING)) {
            Row funds = wb.getSheetAt(0).getRow(4);
            assertThat(List.of(
                            f.formatCellValue(funds.getCell(0)),
                            f.formatCellValue(funds.getCell(2)),
                            f.formatCellValue(funds.getCell(3))))
                    .containsExactly("52.00", "48.60", "93.46%");
            assertThat(funds.getCell(3).getNumericCellValue()).isEqualTo(0.9346);
        }
        byte[] pdf = reports.export(ReportService.Kind.MONITORING, ReportService.Format.PDF, 2025, JUNE, SPRING);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("52.00", "48.60", "93.46%");
        }
        assertThat(org.attain.i18n.Texts.chinese()
                        .render(status.project(project(), JUNE)
                                .orElseThrow()
                                .budgetStatus()
                                .explanation()))
                .contains("执行率 93.46%");
    }

    @Test
    void categories_and_subcategories_are_merged_over_their_rows_in_xlsx_and_pdf() throws Exception {
        try (XSSFWorkbook wb = xlsx(ReportService.Kind.MONITORING, SPRING)) {
            Sheet sheet = wb.getSheetAt(0);
            // rows 7-12 are 产出指标: 数量 (2), 质量 (2), 成本 (2)
            assertThat(sheet.getMergedRegions())
                    .contains(
                            new CellRangeAddress(7, 12, 0, 0),
                            new CellRangeAddress(7, 8, 1, 1),
                            new CellRangeAddress(9, 10, 1, 1),
                            new CellRangeAddress(11, 12, 1, 1));
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("产出指标");
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEmpty();
        }
        byte[] pdf = reports.export(ReportService.Kind.MONITORING, ReportService.Format.PDF, 2025, JUNE, SPRING);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(count(text, "产出指标")).isEqualTo(1);
            assertThat(count(text, "数量指标")).isEqualTo(1);
        }
    }

    @Test
    void rows_are_as_tall_as_their_wrapped_text() throws Exception {
        try (XSSFWorkbook wb = xlsx(ReportService.Kind.MONITORING, SPRING)) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(3);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("年初预算数（万元）");
            // "年初预算数（万元）" does not fit a column of 10 characters: two lines at least
            assertThat(header.getHeightInPoints()).isGreaterThanOrEqualTo(2 * PaperXlsx.LINE);
            for (Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !merged(sheet, cell)) {
                        int lines = WrappedText.lines(
                                cell.getStringCellValue(), sheet.getColumnWidth(cell.getColumnIndex()) / 256.0);
                        assertThat(row.getHeightInPoints())
                                .as(cell.getStringCellValue())
                                .isGreaterThanOrEqualTo(lines * PaperXlsx.LINE);
                    }
                }
            }
        }
    }

    @Test
    void wrapped_text_counts_chinese_characters_as_nearly_two() {
        assertThat(WrappedText.lines("100%", 10)).isEqualTo(1);
        assertThat(WrappedText.lines("年初预算数（万元）", 10)).isEqualTo(3);
        assertThat(WrappedText.lines("年初预算数（万元）", 20)).isEqualTo(1);
        assertThat(WrappedText.lines("一\n二", 20)).isEqualTo(2);
        assertThat(WrappedText.lines("", 10)).isEqualTo(1);
    }

    private long project() {
        return status.portfolio(JUNE).projects().stream()
                .filter(p -> p.name().equals(SPRING))
                .findFirst()
                .orElseThrow()
                .projectId();
    }

    private XSSFWorkbook xlsx(ReportService.Kind kind, String project) throws Exception {
        return new XSSFWorkbook(
                new ByteArrayInputStream(reports.export(kind, ReportService.Format.XLSX, 2025, JUNE, project)));
    }

    private static boolean merged(Sheet sheet, org.apache.poi.ss.usermodel.Cell cell) {
        return sheet.getMergedRegions().stream().anyMatch(r -> r.isInRange(cell) && r.getNumberOfCells() > 1);
    }

    private static String text(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        DataFormatter f = new DataFormatter();
        sheet.forEach(
                row -> row.forEach(cell -> sb.append(f.formatCellValue(cell)).append('\n')));
        return sb.toString();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
