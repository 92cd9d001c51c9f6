package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.indicator.Indicator;
import org.attain.project.Project;
import org.attain.targets.Numbers;
import org.junit.jupiter.api.Test;

/**
 * The approval parsers under random input: the seed document mutated (lines deleted, duplicated, swapped, cut,
 * bytes flipped or inserted, cells replaced by hostile values), random bytes, and workbooks of the official layout
 * mutated likewise. Whatever comes in, the only exception is {@link ImportException}, and what is accepted keeps the
 * promises the database relies on: lengths and numbers within their columns, no duplicate, no tag. Seeded, so a
 * failure names a case that can be replayed.
 */
class ApprovalFuzzTest {

    static final long SEED = 20_250_612L;
    static final Pattern TAG = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9]*(?=[\\s/>])|[!?])[^>]{0,1000}>");
    static final List<String> HOSTILE = List.of(
            "-8",
            "1e309",
            "12abc",
            "8.5.1",
            "1,2",
            "",
            " ",
            "\t\t\t",
            "0",
            "123456789012345678901234567890",
            "0.0000001",
            "≥99999999999999999999人",
            "≥1e309人",
            "≥-5%",
            "100%",
            "项目名称",
            "项目预算",
            "年度绩效目标表",
            "长期绩效目标表",
            "产出指标",
            "数量指标",
            "计划值",
            "<img src=x onerror=alert(1)>",
            "&lt;img src=x onerror=alert(1)&gt;",
            "<<b>img src=x onerror=alert(1)>",
            "<!-- x -->",
            "&#0;",
            "&amp;lt;",
            "名".repeat(10_000),
            "\u0000",
            "\uFEFF",
            "☑",
            "□",
            "<input checked>",
            "金额单位：元",
            "2025年项目支出绩效目标批复",
            "项目名称：重复的项目",
            "|a|b|",
            "**粗体**",
            "# 标题",
            "１２３",
            "NaN",
            "Infinity",
            "=1+1");

    private final Random random = new Random(SEED);
    private int refused;
    private int accepted;

    @Test
    void mutated_seed_documents_are_read_or_refused_never_anything_else() throws IOException {
        byte[] seed = SeedDocumentTest.seed();
        for (int i = 0; i < 2000; i++) {
            byte[] mutated = mutateText(new String(seed, StandardCharsets.UTF_8), i);
            check("text case " + i, "case.txt", mutated);
        }
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            if (i % 3 == 0 && bytes.length > 4) {
                bytes[0] = 'P';
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            check("random bytes " + i, i % 2 == 0 ? "case.xlsx" : "case.txt", bytes);
        }
        assertThat(accepted).as("some mutations still import").isGreaterThan(100);
        assertThat(refused).as("some mutations are refused").isGreaterThan(100);
    }

    @Test
    void mutated_workbooks_are_read_or_refused_never_anything_else() throws IOException {
        ApprovalDocument seed = ApprovalDocuments.read("seed.txt", SeedDocumentTest.seed());
        byte[] workbook = ApprovalWorkbook.filled(seed.projects());
        for (int i = 0; i < 100; i++) {
            check("workbook case " + i, "case.xlsx", mutateWorkbook(workbook));
        }
        for (int i = 0; i < 30; i++) {
            byte[] broken = workbook.clone();
            for (int k = 0; k < 1 + random.nextInt(20); k++) {
                broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
            }
            check("corrupted workbook " + i, "case.xlsx", Arrays.copyOf(broken, random.nextInt(broken.length) + 1));
        }
    }

    private void check(String name, String fileName, byte[] bytes) {
        ApprovalDocument doc;
        try {
            doc = ApprovalDocuments.read(fileName, bytes);
        } catch (ImportException e) {
            refused++;
            assertThat(e.getProblems()).as(name).isNotEmpty();
            e.getProblems().forEach(p -> assertThat(p.message(java.util.Locale.ENGLISH))
                    .as(name)
                    .doesNotStartWith("!"));
            return;
        } catch (Throwable t) {
            throw new AssertionError(name + " (seed " + SEED + ") threw " + t, t);
        }
        accepted++;
        keepsPromises(name, doc);
    }

    private static void keepsPromises(String name, ApprovalDocument doc) {
        Set<String> projects = new HashSet<>();
        for (ProjectDraft p : doc.projects()) {
            assertThat(projects.add(org.attain.importing.layout.ApprovalLayout.sameProject(p.year(), p.name())))
                    .as(name + ": duplicate " + p.name())
                    .isTrue();
            assertThat(p.name().length()).as(name).isLessThanOrEqualTo(Project.NAME_MAX);
            for (String label : Arrays.asList(p.projectType(), p.fundNature())) {
                assertThat(label == null ? 0 : label.length()).as(name).isLessThanOrEqualTo(Project.LABEL_MAX);
            }
            for (String text : Arrays.asList(p.basis(), p.longTermGoal(), p.annualGoal(), p.name(), p.projectType())) {
                assertThat(text == null ? 0 : text.length()).as(name).isLessThanOrEqualTo(Project.TEXT_MAX);
                assertThat(text == null || !TAG.matcher(text).find())
                        .as(name + ": a tag in " + text)
                        .isTrue();
            }
            if (p.budget() != null) {
                assertThat(p.budget().signum()).as(name).isGreaterThanOrEqualTo(0);
                assertThat(Numbers.Limit.MONEY.check(p.budget()))
                        .as(name + ": budget " + p.budget())
                        .isNull();
            }
            Set<String> indicators = new HashSet<>();
            for (IndicatorDraft i : p.indicators()) {
                assertThat(indicators.add(i.table() + i.name()))
                        .as(name + ": duplicate " + i.name())
                        .isTrue();
                assertThat(i.name().length()).as(name).isLessThanOrEqualTo(Indicator.NAME_MAX);
                assertThat(i.target().text().length()).as(name).isLessThanOrEqualTo(Indicator.TARGET_MAX);
                assertThat(TAG.matcher(i.name()).find())
                        .as(name + ": a tag in " + i.name())
                        .isFalse();
                if (i.target().value() != null) {
                    assertThat(Numbers.Limit.VALUE.check(i.target().value()))
                            .as(name + ": " + i.target().text())
                            .isNull();
                }
            }
        }
    }

    private byte[] mutateText(String text, int i) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int operations = 1 + random.nextInt(5);
        for (int k = 0; k < operations && !lines.isEmpty(); k++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3 -> lines.set(at, replaceCell(lines.get(at)));
                case 4 -> lines.set(at, replaceCell(replaceCell(lines.get(at))));
                case 5 -> lines.add(at, String.join("\t", hostile(), hostile(), hostile(), hostile(), hostile()));
                case 6 -> lines = new ArrayList<>(lines.subList(0, at));
                default -> lines.set(at, lines.get(at).replace("\t", random.nextBoolean() ? "  " : "|"));
            }
        }
        byte[] bytes =
                String.join("\n", lines).getBytes(i % 10 == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8);
        if (i % 7 == 0 && bytes.length > 0) {
            int flips = 1 + random.nextInt(10);
            for (int k = 0; k < flips; k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        if (i % 11 == 0 && bytes.length > 0) {
            bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        return bytes;
    }

    private String replaceCell(String line) {
        String[] cells = line.split("\t", -1);
        cells[random.nextInt(cells.length)] = hostile();
        return String.join("\t", cells);
    }

    private String hostile() {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private byte[] mutateWorkbook(byte[] original) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int operations = 1 + random.nextInt(8);
            for (int k = 0; k < operations; k++) {
                Sheet sheet = wb.getSheetAt(random.nextInt(wb.getNumberOfSheets()));
                int r = random.nextInt(Math.max(1, sheet.getLastRowNum() + 1));
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                Cell cell = row.getCell(random.nextInt(6), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                switch (random.nextInt(7)) {
                    case 0 -> cell.setCellValue(hostile());
                    case 1 ->
                        cell.setCellValue(random.nextBoolean() ? 1e300 * random.nextDouble() : -random.nextDouble());
                    case 2 -> cell.setCellValue(random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY);
                    case 3 -> cell.setCellFormula(random.nextBoolean() ? "1/0" : "SUM(A1:A3)*2");
                    case 4 -> sheet.removeRow(row);
                    case 5 -> wb.cloneSheet(wb.getSheetIndex(sheet));
                    default -> cell.setBlank();
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
