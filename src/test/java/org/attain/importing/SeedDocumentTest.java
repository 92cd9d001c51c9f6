package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attain.indicator.GoalTable;
import org.junit.jupiter.api.Test;

/** The shipped 2025 approval document, read exactly as approved: every indicator of it is checked. */
class SeedDocumentTest {

    static byte[] seed() throws IOException {
        try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/seed/approval-2025.txt")) {
            return in.readAllBytes();
        }
    }

    static ApprovalDocument parse(String source, byte[] bytes) {
        return ApprovalDocuments.read(source, bytes);
    }

    static List<String> expectedRows() throws IOException {
        try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/seed-expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static List<String> rows(ApprovalDocument doc) {
        List<String> rows = new ArrayList<>();
        for (ProjectDraft p : doc.projects()) {
            for (IndicatorDraft i : p.indicators()) {
                var t = i.target();
                rows.add(String.join(
                        "\t",
                        p.name(),
                        i.table().name(),
                        i.category(),
                        i.subcategory(),
                        i.name(),
                        t.text(),
                        t.comparator() == null ? "" : t.comparator().ascii(),
                        t.value() == null ? "" : t.value().toPlainString(),
                        t.unit() == null ? "" : t.unit(),
                        t.direction().name()));
            }
        }
        return rows;
    }

    @Test
    void seed_has_seven_projects_with_84_annual_and_84_long_term_indicators() throws IOException {
        ApprovalDocument doc = parse("seed", seed());
        assertThat(doc.projects()).hasSize(7);
        assertThat(doc.projects()).allSatisfy(p -> assertThat(p.year()).isEqualTo(2025));
        assertThat(doc.projects().stream()
                        .mapToInt(p -> p.indicators(GoalTable.ANNUAL).size())
                        .sum())
                .isEqualTo(84);
        assertThat(doc.projects().stream()
                        .mapToInt(p -> p.indicators(GoalTable.LONG_TERM).size())
                        .sum())
                .isEqualTo(84);
        assertThat(doc.projects().stream().map(ProjectDraft::budget).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("335");
    }

    @Test
    void every_indicator_has_the_approved_levels_target_and_parsed_meaning() throws IOException {
        assertThat(rows(parse("seed", seed()))).containsExactlyElementsOf(expectedRows());
    }

    @Test
    void projects_carry_their_type_fund_nature_basis_and_goals() throws IOException {
        ProjectDraft p = parse("seed", seed()).projects().get(1);
        assertThat(p.name()).isEqualTo("鄂州市劳模春节慰问专项资金");
        assertThat(p.budget()).isEqualByComparingTo("52");
        assertThat(p.projectType()).isEqualTo("常年性项目");
        assertThat(p.fundNature()).isEqualTo("经费拨款");
        assertThat(p.basis()).startsWith("根据市政府《关于劳模管理暂行办法》");
        assertThat(p.longTermGoal()).startsWith("通过开展市级劳模春节慰问活动");
    }

    @Test
    void a_satisfaction_indicator_filed_under_benefit_is_corrected_with_a_warning_on_its_line() throws IOException {
        ApprovalDocument doc = parse("seed", seed());
        assertThat(doc.warnings()).extracting(ImportProblem::line).contains(60, 97);
        assertThat(doc.warnings()).allSatisfy(w -> assertThat(w.message()).contains("服务对象满意度指标"));
    }

    @Test
    void the_same_document_reads_the_same_with_pipes_runs_of_spaces_or_one_cell_per_line() throws IOException {
        String text = new String(seed(), StandardCharsets.UTF_8);
        List<String> expected = expectedRows();
        String pipes = text.lines()
                .map(l -> l.contains("\t") ? "| " + l.replace("\t", " | ") + " |" : l)
                .reduce("", (a, b) -> a + b + "\n");
        String spaces = text.lines().map(l -> l.replace("\t", "   ")).reduce("", (a, b) -> a + b + "\n");
        String onePerLine = text.lines().map(l -> l.replace("\t", "\n")).reduce("", (a, b) -> a + b + "\n");
        assertThat(rows(parse("pipes.md", pipes.getBytes(StandardCharsets.UTF_8))))
                .containsExactlyElementsOf(expected);
        assertThat(rows(parse("spaces.txt", spaces.getBytes(StandardCharsets.UTF_8))))
                .containsExactlyElementsOf(expected);
        assertThat(rows(parse("cells.txt", onePerLine.getBytes(StandardCharsets.UTF_8))))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void a_gbk_encoded_copy_reads_the_same() throws IOException {
        byte[] gbk = new String(seed(), StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(rows(parse("gbk.txt", gbk))).containsExactlyElementsOf(expectedRows());
    }

    @Test
    void the_official_workbook_round_trips_every_indicator() throws IOException {
        ApprovalDocument doc = parse("seed", seed());
        byte[] xlsx = ApprovalWorkbook.filled(doc.projects());
        ApprovalDocument back = ApprovalDocuments.read("seed.xlsx", xlsx);
        assertThat(rows(back)).containsExactlyElementsOf(expectedRows());
        assertThat(back.projects())
                .extracting(ProjectDraft::budget)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(
                        doc.projects().stream().map(ProjectDraft::budget).toList());
    }
}
