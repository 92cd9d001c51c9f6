package org.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.AttainSpringTest;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The official tables are Chinese papers: the monitoring table and the self-evaluation (projected at 1-6月 with the
 * demo actuals, and final at 1-12月 with values still missing) of every project, as PDF, xlsx and CSV, contain no
 * English word — no "not reported", "default" or "budget" slipped in from a message in two languages.
 */
@AttainSpringTest
class ChinesePapersTest {

    /** Two or more Latin letters in a row: an English word (or an enum name) where only Chinese belongs. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @Autowired
    ReportService reports;

    @Test
    void the_monitoring_table_speaks_only_chinese() throws Exception {
        assertNoEnglish(ReportService.Kind.MONITORING, new Checkpoint(2025, 6));
    }

    @Test
    void the_projected_self_evaluation_speaks_only_chinese() throws Exception {
        assertNoEnglish(ReportService.Kind.SELF_EVALUATION, new Checkpoint(2025, 6));
    }

    @Test
    void the_final_self_evaluation_with_values_missing_speaks_only_chinese() throws Exception {
        assertNoEnglish(ReportService.Kind.SELF_EVALUATION, Checkpoint.yearEnd(2025));
    }

    @Test
    void the_check_finds_an_english_word() {
        assertThat(words("未填报 / not reported: 0；1-6月 97.5%")).containsExactly("not", "reported");
    }

    private void assertNoEnglish(ReportService.Kind kind, Checkpoint at) throws Exception {
        String pdf = pdfText(reports.export(kind, ReportService.Format.PDF, at.year(), at, null));
        String xlsx = xlsxText(reports.export(kind, ReportService.Format.XLSX, at.year(), at, null));
        List<String> csv = new String(
                        reports.export(kind, ReportService.Format.CSV, at.year(), at, null), StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .toList(); // the header names the columns for programs
        assertThat(pdf).contains("鄂州市劳模春节慰问专项资金");
        assertThat(xlsx).contains("鄂州市劳模春节慰问专项资金");
        assertThat(words(pdf)).as("PDF").isEmpty();
        assertThat(words(xlsx)).as("xlsx").isEmpty();
        assertThat(words(String.join("\n", csv))).as("CSV").isEmpty();
    }

    private static Set<String> words(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                cells.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(f.formatCellValue(cell));
                    }
                }
            }
        }
        return String.join("\n", cells);
    }
}
