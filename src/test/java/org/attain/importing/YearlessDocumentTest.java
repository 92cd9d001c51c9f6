package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A real document that states no year (corpus 25, a 自评表 whose funds block holds the same figure in several cells)
 * is refused with one thing to do: give the year. What else it holds (the funds block's figures, the columns a
 * self-evaluation adds) is told once it is read with a year, not listed, some of it twice, under the refusal.
 */
class YearlessDocumentTest {

    static byte[] yearless() throws IOException {
        return String.join(
                        "\n",
                        Files.readAllLines(
                                        Path.of("src/test/resources/corpus/25-nanhua-mushroom-workshop-selfeval.txt"))
                                .stream()
                                .filter(line -> !line.startsWith("# ")) // the corpus's notes, the year among them
                                .toList())
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_document_stating_no_year_is_refused_asking_only_for_the_year() {
        assertThatThrownBy(() -> ApprovalDocuments.read("自评表.txt", yearless()))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.getProblems()).singleElement().satisfies(p -> {
                            assertThat(p.key()).isEqualTo("import.noYear");
                            assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).contains("--year");
                        }));
    }

    @Test
    void given_the_year_the_same_document_is_read() throws IOException {
        ApprovalDocument doc = ApprovalDocuments.read("自评表.txt", yearless(), 2023);
        assertThat(doc.projects()).singleElement().satisfies(p -> assertThat(p.year())
                .isEqualTo(2023));
    }
}
