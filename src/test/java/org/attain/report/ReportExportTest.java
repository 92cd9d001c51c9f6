package org.attain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.AttainSpringTest;
import org.attain.assessment.SelfEvaluation;
import org.attain.assessment.Weights;
import org.attain.i18n.Texts;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.BudgetInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@AttainSpringTest
@Transactional
class ReportExportTest {

    static final Checkpoint DEC = Checkpoint.yearEnd(2025);
    static final String XIELI = "协理员专项补助";

    @Autowired
    ReportService reports;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    org.attain.review.ReviewService reviews;

    @Autowired
    SelfEvaluationService selfEvaluation;

    @Autowired
    ProjectService projects;

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    /** Year-end actuals for 协理员专项补助 (8 万元; 7 annual indicators). */
    private void yearEnd() {
        long id = project(XIELI);
        List<EntryRow> rows = monitoring.sheet(id, DEC).rows();
        List<ActualInput> inputs = rows.stream()
                .map(r -> {
                    long i = r.indicator().getId();
                    return switch (r.indicator().getName()) {
                        case "各级工会协理员工资补助发放" -> value(i, "24");
                        case "协理员年度考核合格率" -> value(i, "92");
                        case "协理员工资补助发放合格率" -> value(i, "98");
                        case "通过及时发放协理员工资，调动他们积极性，更好地做好工会工作。" -> value(i, "100");
                        case "协理员对工会组织的认可度" -> value(i, "93");
                        case "协理员工资补助发放足额及时" -> level(i, QualitativeLevel.ACHIEVED);
                        default -> level(i, QualitativeLevel.PARTIAL);
                    };
                })
                .toList();
        monitoring.save(
                id, DEC, inputs, new BudgetInput(null, null, null, new BigDecimal("7.6"), new BigDecimal("7.6")));
        reviews.submitAll(id, DEC); // the official tables hold approved values only
        reviews.approveAll(id, DEC);
    }

    private static ActualInput value(long id, String v) {
        return new ActualInput(
                id,
                null,
                new BigDecimal(v),
                null,
                null,
                new BigDecimal(v),
                null,
                Set.of(),
                null,
                Likelihood.CERTAIN,
                null,
                null);
    }

    private static ActualInput level(long id, QualitativeLevel l) {
        return new ActualInput(id, null, null, l, null, null, l, Set.of(), null, Likelihood.CERTAIN, null, null);
    }

    @Test
    void the_self_evaluation_scores_every_rule_and_totals_to_a_grade() {
        yearEnd();
        SelfEvaluation e = selfEvaluation.yearEnd(project(XIELI), 2025);
        // 产出 50 over 4 indicators = 12.5 each; 效益 30 over 2 = 15 each; 满意度 10
        assertThat(e.budgetScore().formula()).isEqualTo("10 × 95% = 9.5");
        assertThat(e.rows())
                .extracting(r -> r.name() + " " + r.score().formula())
                .containsExactly(
                        "各级工会协理员工资补助发放 12.5 × 24 / 25 = 12",
                        "协理员年度考核合格率 12.5 × 1 (92 / 90 ≥ 1) = 12.5",
                        "协理员工资补助发放合格率 12.5 × 1 (98 / 95 ≥ 1) = 12.5",
                        "协理员工资补助发放足额及时 12.5 × 100% = 12.5",
                        "通过及时发放协理员工资，调动他们积极性，更好地做好工会工作。 15 × 1 (100 / 100 ≥ 1) = 15",
                        "提升工会工作水平 15 × 70% = 10.5",
                        "协理员对工会组织的认可度 10 × 93 / 95 = 9.79");
        assertThat(e.total()).isEqualByComparingTo("94.29");
        assertThat(Texts.chinese().text(e.grade())).isEqualTo("优");
        assertThat(e.hasDefaults()).isTrue();
        assertThat(e.isProjection()).isFalse();
        assertThat(SelfEvaluationText.formula(e, e.rows().get(5), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("15 × 70% = 10.5（部分达成并具有一定效果，默认）");
    }

    @Test
    void weights_and_qualitative_choices_of_the_officer_change_the_score() {
        yearEnd();
        long id = project(XIELI);
        selfEvaluation.setWeights(
                id, new Weights(new BigDecimal("20"), new BigDecimal("40"), new BigDecimal("30"), BigDecimal.TEN));
        long sustain = monitoring.sheet(id, DEC).rows().stream()
                .filter(r -> r.indicator().getName().equals("提升工会工作水平"))
                .findFirst()
                .orElseThrow()
                .indicator()
                .getId();
        selfEvaluation.setIndicator(id, sustain, null, new BigDecimal("0.75"));
        SelfEvaluation e = selfEvaluation.yearEnd(id, 2025);
        assertThat(e.budgetScore().score()).isEqualByComparingTo("19");
        assertThat(e.rows().get(5).score().score()).isEqualByComparingTo("11.25");
        assertThat(e.rows().get(5).score().defaulted()).isFalse();
        assertThatThrownBy(() -> selfEvaluation.setIndicator(id, sustain, null, new BigDecimal("0.9")))
                .hasMessageContaining("scores 60%–80% of the weight");
        assertThatThrownBy(() -> selfEvaluation.setIndicator(id, sustain, new BigDecimal("40"), null))
                .hasMessageContaining("more than the category's");
    }

    @Test
    void a_projection_at_mid_year_uses_the_forecasts() {
        SelfEvaluation e = selfEvaluation.evaluate(project("鄂州市劳模春节慰问专项资金"), new Checkpoint(2025, 6));
        assertThat(e.rows().getFirst().score().formula()).isEqualTo("8.33 × 560 / 574 = 8.13");
        assertThat(e.budgetScore().formula()).isEqualTo("10 × 100% = 10");
    }

    @Test
    void self_evaluation_csv_has_indicator_rows_then_budget_and_total() {
        yearEnd();
        String csv = new String(
                reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.CSV, 2025, null, XIELI),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("project,category,subcategory,indicator,target,actual,weight,score,basis,note");
        assertThat(lines)
                .contains(
                        "协理员专项补助,产出指标,数量指标,各级工会协理员工资补助发放,25人,24人,12.5,12,年末自评得分（最终）,",
                        "协理员专项补助,,,预算执行率,8,95%,10,9.5,年末自评得分（最终）,",
                        "协理员专项补助,,,总分,,优,100,94.29,年末自评得分（最终）,");
        assertThat(lines.get(lines.size() - 2)).contains("预算执行率");
        assertThat(lines.getLast()).contains("总分");
    }

    @Test
    void the_mid_year_self_evaluation_exports_carry_the_projected_label_in_every_format() throws Exception {
        Checkpoint jun = new Checkpoint(2025, 6);
        String project = "企业家疗休养专项资金";
        String label = "预计自评得分（按 1-6月 预测）";
        String csv = new String(
                reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.CSV, 2025, jun, project),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).contains("," + label + ","));
        assertThat(lines).contains("企业家疗休养专项资金,满意度指标,服务对象满意度指标,参加疗休养的企业家满意度,100%,未填报,10,—," + label + ",未填报，不计分");
        assertThat(lines.getLast())
                .isEqualTo(
                        "企业家疗休养专项资金,,,总分,,优,100,100,预计自评得分（按 1-6月 预测）," + "2 项未填报，未计分；已计分的 75 分中实得 75 分，按比例折算为 100 分制");
        byte[] xlsx = reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.XLSX, 2025, jun, project);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年项目支出绩效自评表（预计，按 1-6月 预测）");
            org.apache.poi.ss.usermodel.Row total = rowStartingWith(sheet, label);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(100.0);
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("2025年项目支出绩效自评表（预计，按 1-6月 预测）");
        }
        byte[] pdf = reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.PDF, 2025, jun, project);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("2025年项目支出绩效自评表（预计，按 1-6月 预测）", label, "全年预计完成值", "未填报，不计分");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("2025年项目支出绩效自评表（预计，按 1-6月 预测）");
        }
        assertThat(PaperNames.selfEvaluation(jun, project)).isEqualTo("2025年绩效自评表（预计，按1-6月预测）（企业家疗休养专项资金）");
        assertThat(PaperNames.selfEvaluation(DEC, null)).isEqualTo("2025年绩效自评表");
    }

    @Test
    void the_year_end_exports_are_labelled_final() throws Exception {
        yearEnd();
        byte[] pdf = reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.PDF, 2025, DEC, XIELI);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("年末自评得分（最终）", "实际完成值").doesNotContain("预计自评得分");
        }
        byte[] xlsx = reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.XLSX, 2025, DEC, XIELI);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(rowStartingWith(sheet, "年末自评得分（最终）").getCell(5).getNumericCellValue())
                    .isEqualTo(100.0);
        }
    }

    @Test
    void monitoring_csv_carries_the_mid_year_values_and_reasons() {
        String csv = new String(
                reports.export(
                        ReportService.Kind.MONITORING,
                        ReportService.Format.CSV,
                        2025,
                        new Checkpoint(2025, 6),
                        "鄂州市劳模春节慰问专项资金"),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst())
                .contains(
                        "project,category,subcategory,indicator,target,actual,forecast,reasons,likelihood,corrective_action,note");
        assertThat(csv)
                .contains("鄂州市劳模春节慰问专项资金,产出指标,数量指标,2025年春节慰问人数,≥ 574人,540人,560人,"
                        + "其他：34名劳模春节期间外出或住院，未能当面走访,完全不可能,春节后补充走访并电话慰问；明年提前摸底劳模去向,");
    }

    @Test
    void the_official_monitoring_table_carries_the_reasons_of_a_lagging_budget() throws Exception {
        String project = "鄂州市困难职工常态化帮扶及送温暖专项资金";
        String csv = new String(
                reports.export(
                        ReportService.Kind.MONITORING,
                        ReportService.Format.CSV,
                        2025,
                        new Checkpoint(2025, 6),
                        project),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(project + ",预算执行,,预算执行率,120万元,35,120,制度保障：帮扶对象年中复核，资金集中在下半年发放,有可能,"
                        + "7月完成复核，8月起按月拨付；9月底前执行率达到 75%,29.17%");
        byte[] xlsx = reports.export(
                ReportService.Kind.MONITORING, ReportService.Format.XLSX, 2025, new Checkpoint(2025, 6), project);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getCell(5) != null && f.formatCellValue(row.getCell(5)).startsWith("制度保障")) {
                    // 偏差原因分析 spans two columns of the table's grid, as 改进措施 does
                    assertThat(f.formatCellValue(row.getCell(7))).isEqualTo("有可能");
                    assertThat(f.formatCellValue(row.getCell(8))).startsWith("7月完成复核");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void the_xlsx_opens_and_holds_the_values() throws Exception {
        byte[] xlsx = reports.export(
                ReportService.Kind.MONITORING, ReportService.Format.XLSX, 2025, new Checkpoint(2025, 6), null);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            Sheet sheet = wb.getSheet("鄂州市劳模春节慰问专项资金");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年项目支出绩效运行监控表（1-6月）");
            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(52.0);
            assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(48.6);
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).isEqualTo("1-6月执行情况");
            assertThat(sheet.getRow(7).getCell(2).getStringCellValue()).isEqualTo("2025年春节慰问人数");
            assertThat(sheet.getRow(7).getCell(4).getStringCellValue()).isEqualTo("540人");
            assertThat(sheet.getMergedRegions()).isNotEmpty();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(wb.getPrintArea(wb.getSheetIndex(sheet))).isNotNull();
        }
        byte[] self = reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.XLSX, 2025, null, XIELI);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(self))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("2025年项目支出绩效自评表");
        }
    }

    static org.apache.poi.ss.usermodel.Row rowStartingWith(Sheet sheet, String text) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(0) != null
                    && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + text);
    }

    @Test
    void the_pdf_shows_chinese_headers_and_project_names() throws Exception {
        yearEnd();
        for (ReportService.Kind kind : ReportService.Kind.values()) {
            byte[] pdf = reports.export(kind, ReportService.Format.PDF, 2025, null, null);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("鄂州市劳模春节慰问专项资金", "协理员专项补助", "三级指标", "一级指标");
                assertThat(text).contains(kind == ReportService.Kind.MONITORING ? "偏差原因分析" : "偏差原因分析及改进措施");
                var page = doc.getPage(0);
                boolean landscape = page.getRotation() % 180 == 90
                        ? page.getMediaBox().getHeight() > page.getMediaBox().getWidth()
                        : page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
                assertThat(landscape).as("A4 landscape").isTrue();
                assertThat(Math.round(Math.min(
                                page.getMediaBox().getWidth(),
                                page.getMediaBox().getHeight())))
                        .isEqualTo(595);
            }
        }
    }

    @Test
    void the_briefing_book_shows_the_lagging_project_red_with_its_budget_sentence_and_reasons() throws Exception {
        byte[] pdf = reports.briefing(new Checkpoint(2025, 6));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("鄂州市困难职工常态化帮扶及送温暖专项资金：预算红：1-6月执行35万元，执行率29.17%，低于序时进度50%")
                    .contains("原因：制度保障：帮扶对象年中复核");
        }
    }
}
