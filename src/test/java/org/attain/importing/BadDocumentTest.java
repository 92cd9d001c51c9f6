package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Documents that cannot be imported get a specific error, never a stack trace. */
class BadDocumentTest {

    private static ImportException failure(String name, byte[] bytes) {
        try {
            ApprovalDocuments.read(name, bytes);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("expected " + name + " to be refused");
    }

    private static String english(ImportException e) {
        return e.getProblems().getFirst().message(Locale.ENGLISH);
    }

    @Test
    void an_empty_file_is_refused_as_empty() {
        ImportException e = failure("empty.txt", new byte[0]);
        assertThat(e.getMessage()).contains("empty.txt");
        assertThat(english(e)).isEqualTo("The file is empty");
    }

    @Test
    void a_binary_file_is_refused_as_not_text() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        assertThat(english(failure("photo.bin", bytes))).startsWith("Not a text document");
    }

    @Test
    void a_file_with_zero_bytes_inside_is_refused_as_not_text() {
        byte[] bytes = new byte[2048];
        Arrays.fill(bytes, (byte) 0);
        assertThat(english(failure("zeros.txt", bytes))).startsWith("Not a text document");
    }

    @Test
    void garbage_text_names_what_is_missing_and_lists_lines() {
        ImportException e = failure("notes.txt", "hello\nworld\n会议纪要\n".getBytes(StandardCharsets.UTF_8));
        assertThat(english(e)).startsWith("No project found");
        assertThat(e.getProblems()).extracting(ImportProblem::line).contains(1, 2, 3);
    }

    @Test
    void a_truncated_document_imports_what_is_complete_and_warns_about_the_rest() throws IOException {
        String text = new String(SeedDocumentTest.seed(), StandardCharsets.UTF_8);
        String truncated = text.substring(0, text.indexOf("鄂州市劳模春节慰问专项资金") + 200);
        ApprovalDocument doc = SeedDocumentTest.parse("cut.txt", truncated.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.projects()).extracting(ProjectDraft::name).startsWith("协理员专项补助");
        assertThat(doc.projects().getLast().indicators()).isEmpty();
        assertThat(doc.warnings())
                .anySatisfy(w -> assertThat(w.message(Locale.ENGLISH)).contains("has no indicators"));
    }

    @Test
    void a_document_cut_inside_a_multibyte_character_is_still_read() throws IOException {
        byte[] seed = SeedDocumentTest.seed();
        byte[] cut = Arrays.copyOf(seed, seed.length - 1);
        ApprovalDocument doc = SeedDocumentTest.parse("cut.txt", cut);
        assertThat(doc.projects()).hasSize(7);
    }

    @Test
    void ten_megabytes_of_garbage_is_refused_with_a_bounded_list_of_problems() {
        byte[] line = "这不是一份绩效目标批复，只是一行无关的文字。\tabc\t123\n".getBytes(StandardCharsets.UTF_8);
        String text = new String(line, StandardCharsets.UTF_8).repeat(10 * 1024 * 1024 / line.length);
        ImportException e = failure("big.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(e.getProblems()).hasSizeLessThanOrEqualTo(21);
        assertThat(english(e)).startsWith("No project found");
    }

    @Test
    void a_file_over_twenty_megabytes_is_refused_by_size() {
        assertThatThrownBy(() -> ApprovalDocuments.read("huge.txt", new byte[21 * 1024 * 1024]))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(
                                e.getProblems().getFirst().message(java.util.Locale.ENGLISH))
                        .isEqualTo("The file is too large (about 21 MB); the limit is 20 MB"));
    }

    @Test
    void a_broken_workbook_is_refused_as_unreadable() {
        byte[] fake = {'P', 'K', 3, 4, 1, 2, 3, 4, 5};
        ImportException e = failure("broken.xlsx", fake);
        assertThat(e.getMessage()).contains("broken.xlsx");
        assertThat(english(e)).startsWith("The .xlsx file cannot be read");
    }

    @Test
    void an_indicator_without_a_target_is_reported_on_its_line() {
        String doc = """
                2025年项目支出绩效目标批复
                项目名称\t测试项目
                项目预算\t10
                年度绩效目标表
                年度绩效目标1\t产出指标\t数量指标\t慰问人数\t≥10人\t计划值
                \t\t\t没有指标值的指标
                \t\t质量指标\t合格率\t100%\t计划值
                """;
        ApprovalDocument parsed = SeedDocumentTest.parse("t.txt", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.projects().getFirst().indicators()).hasSize(2);
        assertThat(parsed.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(6);
            assertThat(w.message(Locale.ENGLISH)).contains("has no target");
        });
    }
}
