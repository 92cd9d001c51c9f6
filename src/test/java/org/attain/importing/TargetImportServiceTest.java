package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.attain.ActingAsSystem;
import org.attain.AttainSpringTest;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@AttainSpringTest
class TargetImportServiceTest {

    @Autowired
    TargetImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> counts() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM project) AS projects, (SELECT COUNT(*) FROM indicator) AS indicators,
                       (SELECT COUNT(*) FROM target_revision) AS revisions,
                       (SELECT GROUP_CONCAT(target_text ORDER BY id) FROM indicator) AS targets""").query().singleRow();
    }

    private String seedWith(String from, String to) throws IOException {
        String text = new String(SeedDocumentTest.seed(), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void first_start_imported_the_seven_seed_projects_with_all_their_indicators() {
        assertThat(jdbc.sql("SELECT COUNT(*), SUM(budget) FROM project WHERE budget_year = 2025")
                        .query((rs, n) -> rs.getInt(1) + " projects, "
                                + rs.getBigDecimal(2).stripTrailingZeros().toPlainString())
                        .single())
                .isEqualTo("7 projects, 335");
        assertThat(jdbc.sql("SELECT goal_table, COUNT(*) FROM indicator GROUP BY goal_table ORDER BY goal_table")
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2))
                        .list())
                .containsExactly("ANNUAL=84", "LONG_TERM=84");
    }

    @Test
    @Transactional
    void importing_the_seed_again_updates_in_place_without_duplicates() throws IOException {
        Map<String, Object> before = counts();
        ImportResult result = importer.importDocument("again.txt", SeedDocumentTest.seed());
        assertThat(result.projects()).hasSize(7);
        assertThat(result.revisedTargets()).isZero();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @Transactional
    void a_changed_target_is_revised_in_place_and_the_old_value_kept() throws IOException {
        Project project = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金").orElseThrow();
        Indicator before = indicators.findByProject(project.getId()).stream()
                .filter(i -> i.getName().equals("2025年春节慰问人数"))
                .findFirst()
                .orElseThrow();
        String revised =
                seedWith("年度绩效目标1\t产出指标\t数量指标\t2025年春节慰问人数\t≥ 574人", "年度绩效目标1\t产出指标\t数量指标\t2025年春节慰问人数\t≥ 600人");
        ActingAsSystem.as("officer", Role.PERFORMANCE_OFFICER);
        ImportResult result = importer.importDocument("revised.txt", revised.getBytes(StandardCharsets.UTF_8));
        assertThat(result.revisedTargets()).isEqualTo(1);
        Indicator after = indicators.findByProject(project.getId()).stream()
                .filter(i -> i.getId().equals(before.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(after.getTargetText()).isEqualTo("≥ 600人");
        assertThat(after.getTargetValue()).isEqualByComparingTo("600");
        assertThat(indicators.revisions(project.getId())).singleElement().satisfies(r -> {
            assertThat(r.oldTarget()).isEqualTo("≥ 574人");
            assertThat(r.newTarget()).isEqualTo("≥ 600人");
            assertThat(r.revisedBy()).isEqualTo("officer");
            assertThat(r.reason()).contains("revised.txt");
        });
    }

    @Test
    void a_document_that_fails_half_way_changes_nothing() throws IOException {
        Map<String, Object> before = counts();
        String broken = seedWith("年度绩效目标1\t产出指标\t数量指标\t2025年春节慰问人数\t≥ 574人", "年度绩效目标1\t产出指标\t数量指标\t2025年春节慰问人数\t≥ 999人")
                .replace("项目预算\t120\t", "项目预算\t\t");
        assertThatThrownBy(() -> importer.importDocument("broken.txt", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("没有项目预算，无法保存");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unreadable_documents_leave_the_database_unchanged() {
        Map<String, Object> before = counts();
        for (byte[] bytes : List.of(
                new byte[0],
                new byte[] {0, 1, 2, 3, 0, 0, 0, 9, 8, 7},
                "garbage\nmore garbage".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> importer.importDocument("bad.txt", bytes)).isInstanceOf(ImportException.class);
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void bad_files_of_every_format_leave_the_database_unchanged() throws IOException {
        Map<String, Object> before = counts();
        Map<String, byte[]> files = Map.of(
                "bomb.docx", BadFormatsTest.zipBomb(),
                "locked.pdf", BadFormatsTest.encryptedPdf(),
                "scan.pdf", BadFormatsTest.scannedPdf(100),
                "huge.xlsx", new byte[50 * 1024 * 1024]);
        files.forEach((name, bytes) -> assertThatThrownBy(() -> importer.importDocument(name, bytes))
                .as(name)
                .isInstanceOf(ImportException.class));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void stored_targets_give_the_same_consistency_findings_as_the_document(@Autowired TargetDownloads downloads) {
        Project project = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金").orElseThrow();
        assertThat(downloads.findings(project.getId()))
                .extracting(f -> org.attain.i18n.Texts.chinese().render(f.message()))
                .contains("574人 × 900元 = 51.66万元 ≤ 总成本 52万元");
    }
}
