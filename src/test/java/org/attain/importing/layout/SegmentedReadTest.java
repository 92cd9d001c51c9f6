package org.attain.importing.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attain.importing.ImportException;
import org.attain.importing.ProjectDraft;
import org.attain.importing.read.Documents;
import org.attain.importing.read.Part;
import org.attain.importing.read.Row;
import org.attain.importing.read.SourceDocument;
import org.attain.importing.render.PdfRender;
import org.attain.importing.render.SeedRenderings;
import org.attain.importing.render.WordRender;
import org.attain.importing.render.WorkbookRender;
import org.junit.jupiter.api.Test;

/**
 * A document read in segments on several cores ({@link SegmentedRead}) gives exactly what the row-by-row read gives:
 * the same projects with all their fields and indicators, the same warnings in the same order, the same refusal.
 * Every document of the import corpus is read both ways with segments from two project starts on (so that each one
 * of several projects takes the segmented way, or falls back from it), and so are the write benchmark's document of
 * 1,001 projects and a seed of 70 projects in each format.
 */
class SegmentedReadTest {

    private static final int ROW_BY_ROW = Integer.MAX_VALUE;
    private static final int ALWAYS = 2;
    private static final Pattern GIVEN_YEAR = Pattern.compile("# year: ([0-9]{4})\\b");

    @Test
    void every_corpus_document_reads_the_same_in_segments() throws IOException {
        List<Path> documents = corpus();
        assertThat(documents).hasSizeGreaterThan(30);
        for (Path doc : documents) {
            byte[] bytes = Files.readAllBytes(doc);
            String name = doc.getFileName().toString();
            int year = givenYear(doc);
            assertThat(outcome(name, bytes, year, ALWAYS))
                    .as(doc.toString())
                    .isEqualTo(outcome(name, bytes, year, ROW_BY_ROW));
        }
    }

    @Test
    void the_benchmark_document_of_1001_projects_is_read_in_segments_and_the_same() throws IOException {
        byte[] bytes = thousandProjects(true);
        Object rowByRow = outcome("bench-1001.txt", bytes, 0, ROW_BY_ROW);
        assertThat(rowByRow).isInstanceOf(Outcome.Read.class);
        assertThat(((Outcome.Read) rowByRow).projects()).hasSize(1001);
        assertThat(outcome("bench-1001.txt", bytes, 0, SegmentedRead.MIN_PROJECTS))
                .isEqualTo(rowByRow);
        assertThat(outcome("bench-1001.txt", bytes, 0, ALWAYS)).isEqualTo(rowByRow);
        // and the segments did meet: it was not read row by row after all
        Part part = Documents.read("bench-1001.txt", bytes).parts().getFirst();
        Problems problems = new Problems();
        List<Row> rows = Weights.withoutWeights(SplitTargets.joinedLines(FlatTable.unfolded(part.rows(), problems)));
        DocumentYear year = new DocumentYear("bench-1001.txt", 0, part);
        assertThat(SegmentedRead.read(
                        rows, SegmentedRead.MIN_PROJECTS, problems, p -> new ProjectReader(p, year.copy(), false)))
                .isNotNull()
                .satisfies(read -> assertThat(read.projects()).hasSize(1001));
    }

    @Test
    void a_project_found_twice_in_different_segments_is_refused_as_row_by_row() throws IOException {
        byte[] bytes = thousandProjects(false); // 143 copies of each name: refused
        Object rowByRow = outcome("copies.txt", bytes, 0, ROW_BY_ROW);
        assertThat(rowByRow).isInstanceOf(Outcome.Refused.class);
        assertThat(outcome("copies.txt", bytes, 0, ALWAYS)).isEqualTo(rowByRow);
    }

    @Test
    void seventy_projects_read_the_same_in_segments_in_every_format() throws IOException {
        List<ProjectDraft> seed = ApprovalLayout.read(Documents.read("seed.txt", SeedRenderings.seedText()))
                .projects();
        List<ProjectDraft> seventy = SeedRenderings.renamedCopies(seed, 10);
        for (byte[] file : List.of(
                WordRender.docx(seventy),
                WorkbookRender.xls(seventy),
                WorkbookRender.stackedXlsx(seventy),
                PdfRender.pdf(seventy))) {
            Object rowByRow = outcome("seventy", file, 0, ROW_BY_ROW);
            assertThat(rowByRow).isInstanceOf(Outcome.Read.class);
            assertThat(outcome("seventy", file, 0, ALWAYS)).isEqualTo(rowByRow);
        }
    }

    /** What reading a document gives: its projects and warnings, or its refusal with every problem. */
    sealed interface Outcome {
        record Read(List<ProjectDraft> projects, List<?> warnings) implements Outcome {}

        record Refused(String message, List<?> problems) implements Outcome {}
    }

    private static Outcome outcome(String name, byte[] bytes, int givenYear, int segmentedFrom) {
        try {
            SourceDocument doc = Documents.read(name, bytes);
            var read = ApprovalLayout.read(doc, givenYear, segmentedFrom);
            return new Outcome.Read(read.projects(), read.warnings());
        } catch (ImportException e) {
            return new Outcome.Refused(e.getMessage(), e.getProblems());
        }
    }

    /** The documents of the import corpus: the real ones, the layouts, the seed and its renderings. */
    private static List<Path> corpus() throws IOException {
        List<Path> documents = new ArrayList<>();
        for (String dir : List.of(
                "src/test/resources/corpus",
                "src/test/resources/layouts",
                "src/test/resources/seed-renderings",
                "src/main/resources/seed")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(Files::isRegularFile)
                        .filter(f ->
                                !f.toString().endsWith(".tsv") && !f.toString().endsWith(".md"))
                        .sorted()
                        .forEach(documents::add);
            }
        }
        return documents;
    }

    private static int givenYear(Path doc) throws IOException {
        String name = doc.getFileName().toString();
        Path expected = doc.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.tsv");
        if (Files.exists(expected)) {
            for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
                Matcher m = GIVEN_YEAR.matcher(line);
                if (m.lookingAt()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return 0;
    }

    /** The write benchmark's document: 143 copies of the seed, its project names suffixed (or not: copies). */
    static byte[] thousandProjects(boolean renamed) throws IOException {
        String seed;
        try (InputStream in = SegmentedReadTest.class.getResourceAsStream("/seed/approval-2025.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder doc = new StringBuilder();
        for (int copy = 0; copy < 143; copy++) {
            doc.append(renamed ? seed.replaceAll("(项目名称\t)([^\t\n]+)", "$1$2（副本" + copy + "）") : seed);
        }
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }
}
