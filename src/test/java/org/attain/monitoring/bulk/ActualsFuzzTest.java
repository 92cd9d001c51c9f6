package org.attain.monitoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.AttainSpringTest;
import org.attain.importing.ImportException;
import org.attain.monitoring.MonitoringService;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The actuals and budget readers under random input: CSVs and monitoring workbooks mutated at random (rows
 * deleted, duplicated, swapped, cells replaced by hostile values, quotes unbalanced, bytes flipped, files cut) and
 * random text. Whatever comes in, the answer is a report with errors by row or an {@link ImportException}, never
 * another exception. Seeded, so a failure names a case that can be replayed.
 */
@AttainSpringTest
class ActualsFuzzTest {

    static final long SEED = 20_250_613L;
    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final String CSV = """
            project,indicator,checkpoint,actual,forecast,likelihood,reasons,reason_text,corrective_action,note
            鄂州市劳模春节慰问专项资金,2025年春节慰问人数,2025-06,540人,560,有可能,其他,外出,补访,备注
            鄂州市劳模春节慰问专项资金,总成本,2025-06,516600元,52万元,确定能,,,,
            鄂州市劳模春节慰问专项资金,春节前完成走访慰问,2025-06,部分达成,达成,确定能,,,,
            协理员专项补助,协理员年度考核合格率,2025-06,91%,92,确定能,,,,
            """;
    static final String BUDGET = """
            project,checkpoint,annual_budget,adjustment_reason,executed,forecast
            协理员专项补助,2025-06,8,,4,8
            企业家疗休养专项资金,2025-06,18,追加,7.2,18
            """;
    static final List<String> HOSTILE = List.of(
            "-8",
            "1e309",
            "12abc",
            "9.9.9",
            "",
            "\"",
            "\"\"",
            "\"a,b\"",
            ",",
            "\n",
            "\r\n",
            "123456789012345678901234567890",
            "0.0000001",
            "-0",
            "+5",
            "１２",
            "NaN",
            "Infinity",
            "2025-13",
            "2025-00",
            "2025-6",
            "1999-06",
            "9999-12",
            "有可能",
            "完全不可能",
            "也许吧",
            "其他;其他;未知",
            "达成",
            "部分达成",
            "人",
            "万元",
            "元",
            "%",
            "=cmd|' /C calc'!A0",
            "<img src=x onerror=alert(1)>",
            "措".repeat(3000),
            "项".repeat(600),
            "\u0000",
            "\uFEFF",
            "协理员专项补助",
            "总成本",
            "2025年春节慰问人数",
            "0",
            "99999999999999",
            "indicator_id",
            "version",
            "1",
            "abc");

    @Autowired
    ActualsImportService importer;

    @Autowired
    MonitoringWorkbook workbook;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    ProjectService projects;

    private final Random random = new Random(SEED);

    @Test
    void random_text_is_read_as_rows_or_refused_never_anything_else() {
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder(
                    random.nextBoolean() ? CSV.lines().findFirst().orElseThrow() + "\n" : "");
            int length = random.nextInt(400);
            for (int k = 0; k < length; k++) {
                text.append(
                        random.nextInt(4) == 0
                                ? ",\"\n\r;".charAt(random.nextInt(5))
                                : (char) (32 + random.nextInt(20000)));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            String name = "random " + i;
            try {
                List<List<FileRow>> tables = TabularFile.read("r.csv", bytes);
                assertThat(tables).as(name).isNotEmpty();
            } catch (ImportException e) {
                assertThat(e.getProblems()).as(name).isNotEmpty();
            } catch (Throwable t) {
                throw new AssertionError(name + " (seed " + SEED + ") threw " + t, t);
            }
        }
    }

    @Test
    void mutated_actuals_files_are_reported_or_refused_never_anything_else() throws IOException {
        int reported = 0;
        for (int i = 0; i < 400; i++) {
            String base = i % 4 == 0 ? BUDGET : CSV;
            reported += check("csv case " + i, "case.csv", mutate(base, i));
        }
        long project = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模帮扶专项资金")
                .orElseThrow()
                .getId();
        byte[] xlsx = workbook.write(List.of(monitoring.sheet(project, JUNE)), JUNE);
        for (int i = 0; i < 60; i++) {
            reported += check("workbook case " + i, "case.xlsx", mutateWorkbook(xlsx));
        }
        for (int i = 0; i < 20; i++) {
            byte[] broken = xlsx.clone();
            for (int k = 0; k < 1 + random.nextInt(20); k++) {
                broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
            }
            check("corrupted workbook " + i, "case.xlsx", Arrays.copyOf(broken, random.nextInt(broken.length) + 1));
        }
        assertThat(reported).as("most mutations still reach the rows").isGreaterThan(200);
    }

    private int check(String name, String fileName, byte[] bytes) {
        try {
            ActualsImportReport report = importer.read(fileName, bytes);
            report.errors().forEach(p -> assertThat(p.message(java.util.Locale.ENGLISH))
                    .as(name)
                    .doesNotStartWith("!"));
            return 1;
        } catch (ImportException e) {
            assertThat(e.getProblems()).as(name).isNotEmpty();
            return 0;
        } catch (Throwable t) {
            throw new AssertionError(name + " (seed " + SEED + ") threw " + t, t);
        }
    }

    private byte[] mutate(String csv, int i) {
        List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\n", -1)));
        int operations = 1 + random.nextInt(5);
        for (int k = 0; k < operations && !lines.isEmpty(); k++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3, 4 -> {
                    String[] cells = lines.get(at).split(",", -1);
                    cells[random.nextInt(cells.length)] = HOSTILE.get(random.nextInt(HOSTILE.size()));
                    lines.set(at, String.join(",", cells));
                }
                default -> lines = new ArrayList<>(lines.subList(0, at));
            }
        }
        byte[] bytes =
                String.join("\n", lines).getBytes(i % 10 == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8);
        if (i % 7 == 0 && bytes.length > 0) {
            for (int k = 0; k < 1 + random.nextInt(10); k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        return bytes;
    }

    private byte[] mutateWorkbook(byte[] original) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                Sheet sheet = wb.getSheetAt(random.nextInt(wb.getNumberOfSheets()));
                int r = random.nextInt(Math.max(1, sheet.getLastRowNum() + 1));
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                Cell cell = row.getCell(random.nextInt(16), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                switch (random.nextInt(6)) {
                    case 0, 1 -> cell.setCellValue(HOSTILE.get(random.nextInt(HOSTILE.size())));
                    case 2 ->
                        cell.setCellValue(random.nextBoolean() ? 1e300 * random.nextDouble() : -random.nextDouble());
                    case 3 -> cell.setCellValue(random.nextBoolean() ? Double.NaN : Double.NEGATIVE_INFINITY);
                    case 4 -> cell.setCellFormula(random.nextBoolean() ? "1/0" : "A2*2");
                    default -> sheet.removeRow(row);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
