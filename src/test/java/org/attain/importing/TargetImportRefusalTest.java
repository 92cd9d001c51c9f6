package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attain.AttainSpringTest;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.attain.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Through the import service, wrong documents are refused before the database sees them (no half-stored project),
 * and what real users have — long owner names, long project names — fits the schema (V6).
 */
@AttainSpringTest
@Transactional
class TargetImportRefusalTest {

    @Autowired
    TargetImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> counts() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM project) AS projects, (SELECT COUNT(*) FROM indicator) AS indicators,
                       (SELECT COUNT(*) FROM target_revision) AS revisions""").query().singleRow();
    }

    private ImportException refused(String text) {
        Map<String, Object> before = counts();
        try {
            importer.importDocument("wrong.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (ImportException e) {
            assertThat(counts()).isEqualTo(before);
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void a_ten_thousand_character_name_is_refused_with_line_field_and_limit_and_nothing_is_stored() {
        ImportException e = refused(ApprovalRefusalTest.document("名".repeat(10_000), "10", "慰问人数", "≥10人"));
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message(Locale.ENGLISH)).startsWith("Project name is 10000 characters long, at most 500");
        });
    }

    @Test
    void a_duplicate_indicator_is_refused_rather_than_stored_twice() {
        String text = ApprovalRefusalTest.document("重复指标项目", "10", "慰问人数", "≥10%") + "\t\t数量指标\t慰问人数\t≥90%\t计划值\n";
        ImportException e = refused(text);
        assertThat(e.getProblems()).extracting(ImportProblem::line).containsExactly(7);
        assertThat(projects.findExisting(importer.defaultDepartment(), 2025, "重复指标项目"))
                .isEmpty();
    }

    @Test
    void budgets_that_are_not_numbers_written_whole_store_nothing() {
        for (String budget : List.of("-8", "1e309", "12abc")) {
            ImportException e = refused(ApprovalRefusalTest.document("预算有误项目", budget, "慰问人数", "≥10人"));
            assertThat(e.getProblems()).singleElement().satisfies(p -> assertThat(p.line())
                    .isEqualTo(3));
        }
    }

    @Test
    void a_project_name_of_five_hundred_characters_is_stored_whole() {
        String name = "很长的项目名称".repeat(72).substring(0, 500);
        importer.importDocument(
                "long.txt",
                ApprovalRefusalTest.document(name, "10", "慰问人数", "≥10人").getBytes(StandardCharsets.UTF_8));
        assertThat(projects.findExisting(importer.defaultDepartment(), 2025, name))
                .get()
                .satisfies(p -> assertThat(p.getName()).hasSize(500));
    }

    @Test
    void an_owner_with_a_sixty_four_character_user_name_can_be_assigned_projects() {
        String owner = "o".repeat(64);
        users.create(owner, "Owner", Role.PROJECT_OWNER, "Long-enough-passphrase-42");
        long project =
                projects.findExisting("鄂州市总工会", 2025, "协理员专项补助").orElseThrow().getId();
        users.assign(owner, List.of(project));
        assertThat(users.assignedProjects(owner)).containsExactly(project);
        assertThat(jdbc.sql("SELECT field FROM change_log WHERE field LIKE 'assignment:%' ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo("assignment:" + owner);
    }

    @Test
    void a_long_file_name_does_not_overflow_the_revision_reason() {
        String text = ApprovalRefusalTest.document("文件名项目", "10", "慰问人数", "≥10人");
        importer.importDocument("first.txt", text.getBytes(StandardCharsets.UTF_8));
        String name = "很长的文件名".repeat(200) + ".txt";
        ImportResult result =
                importer.importDocument(name, text.replace("≥10人", "≥12人").getBytes(StandardCharsets.UTF_8));
        assertThat(result.revisedTargets()).isEqualTo(1);
    }

    @Test
    void a_refused_document_tells_the_sheet_and_line_in_the_user_language() {
        assertThatThrownBy(() -> importer.read("w.xlsx", ApprovalRefusalTest.workbook(List.of("表一"), "项目", "-8")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(
                                e.getProblems().getFirst().message(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("工作表“表一”：项目预算“-8”不能为负数"));
    }

    @Test
    void files_that_cannot_be_read_store_nothing() throws Exception {
        Map<String, Object> before = counts();
        Map<String, byte[]> bad = Map.of(
                "scan.pdf",
                BadFormatsTest.scannedPdf(100),
                "bomb.docx",
                BadFormatsTest.zipBomb(),
                "locked.pdf",
                BadFormatsTest.encryptedPdf(),
                "huge.xlsx",
                new byte[50 * 1024 * 1024]);
        bad.forEach((name, bytes) -> assertThatThrownBy(() -> importer.importDocument(name, bytes))
                .as(name)
                .isInstanceOf(ImportException.class));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void the_seed_as_a_word_file_stores_the_same_projects_as_the_text() throws Exception {
        byte[] docx = org.attain.importing.render.WordRender.docx(
                importer.read("seed.txt", org.attain.importing.render.SeedRenderings.seedText())
                        .document()
                        .projects());
        ImportResult result = importer.importDocument("seed.docx", docx);
        assertThat(result.projects()).hasSize(7);
        assertThat(result.revisedTargets()).isZero();
    }
}
