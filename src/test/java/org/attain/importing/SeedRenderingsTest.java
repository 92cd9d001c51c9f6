package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.attain.importing.read.Format;
import org.attain.importing.render.PdfRender;
import org.attain.importing.render.SeedRenderings;
import org.attain.importing.render.WordRender;
import org.attain.importing.render.WorkbookRender;
import org.attain.indicator.GoalTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed document as Word, old Excel, Excel with all projects on one sheet, and PDF imports to exactly what the
 * text gives: the same 7 projects with their budgets and fields, the same 84 + 84 indicators, level by level and
 * target by target. Each is rendered anew from the seed and also read from the file committed beside the tests.
 */
class SeedRenderingsTest {

    private static List<ProjectDraft> seed() throws IOException {
        return ApprovalDocuments.read("seed.txt", SeedRenderings.seedText()).projects();
    }

    private static byte[] rendered(String name) throws IOException {
        List<ProjectDraft> projects = seed();
        return switch (name) {
            case "approval-2025.docx" -> WordRender.docx(projects);
            case "approval-2025.xls" -> WorkbookRender.xls(projects);
            case "approval-2025-stacked.xlsx" -> WorkbookRender.stackedXlsx(projects);
            case "approval-2025.pdf" -> PdfRender.pdf(projects);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static byte[] committed(String name) throws IOException {
        try (InputStream in =
                SeedRenderingsTest.class.getResourceAsStream("/" + SeedRenderings.DIRECTORY + "/" + name)) {
            assertThat(in)
                    .as(name + " is committed; run SeedRenderings.main to write it")
                    .isNotNull();
            return in.readAllBytes();
        }
    }

    private static void readsLikeTheText(String name, byte[] bytes) throws IOException {
        ApprovalDocument doc = ApprovalDocuments.read(name, bytes);
        assertThat(doc.projects()).hasSize(7);
        assertThat(doc.projects().stream()
                        .mapToInt(p -> p.indicators(GoalTable.ANNUAL).size())
                        .sum())
                .isEqualTo(84);
        assertThat(doc.projects().stream()
                        .mapToInt(p -> p.indicators(GoalTable.LONG_TERM).size())
                        .sum())
                .isEqualTo(84);
        assertThat(SeedDocumentTest.rows(doc)).containsExactlyElementsOf(SeedDocumentTest.expectedRows());
        List<ProjectDraft> text = seed();
        for (int i = 0; i < text.size(); i++) {
            ProjectDraft expected = text.get(i);
            ProjectDraft actual = doc.projects().get(i);
            assertThat(actual.name()).isEqualTo(expected.name());
            assertThat(actual.year()).isEqualTo(2025);
            assertThat(actual.budget()).isEqualByComparingTo(expected.budget());
            assertThat(actual.projectType()).isEqualTo(expected.projectType());
            assertThat(actual.fundNature()).isEqualTo(expected.fundNature());
            assertThat(actual.basis()).isEqualTo(expected.basis());
            assertThat(actual.longTermGoal()).isEqualTo(expected.longTermGoal());
            assertThat(actual.annualGoal()).isEqualTo(expected.annualGoal());
        }
        assertThat(doc.projects().stream().map(ProjectDraft::budget).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("335");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"approval-2025.docx", "approval-2025.xls", "approval-2025-stacked.xlsx", "approval-2025.pdf"})
    void the_seed_rendered_anew_reads_like_the_text(String name) throws IOException {
        readsLikeTheText(name, rendered(name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"approval-2025.docx", "approval-2025.xls", "approval-2025-stacked.xlsx", "approval-2025.pdf"})
    void the_committed_rendering_reads_like_the_text_whatever_its_name(String name) throws IOException {
        byte[] bytes = committed(name);
        readsLikeTheText(name, bytes);
        // recognised by content, not by extension
        readsLikeTheText("upload.bin", bytes);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"approval-2025.docx", "approval-2025.xls", "approval-2025-stacked.xlsx", "approval-2025.pdf"})
    void each_rendering_is_recognised_as_its_format(String name) throws IOException {
        Format expected = name.endsWith(".docx")
                ? Format.DOCX
                : name.endsWith(".xls") ? Format.XLS : name.endsWith(".xlsx") ? Format.XLSX : Format.PDF;
        assertThat(Format.of("file", committed(name))).isEqualTo(expected);
    }
}
