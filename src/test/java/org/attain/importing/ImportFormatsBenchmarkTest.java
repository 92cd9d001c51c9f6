package org.attain.importing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attain.importing.render.PdfRender;
import org.attain.importing.render.SeedRenderings;
import org.attain.importing.render.WordRender;
import org.attain.importing.render.WorkbookRender;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long reading an approval document takes in each format, and how much it allocates: the seed (7 projects) and a
 * document ten times its size, plus the refusals that must stay cheap (a zip bomb, a scanned PDF of 100 pages). No
 * database: reading is what differs between formats. Run with {@code ./mvnw -Pbench test -Dtest=ImportFormatsBenchmarkTest};
 * prints a table and writes {@code docs/import-benchmarks.md}.
 */
@Tag("bench")
class ImportFormatsBenchmarkTest {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private final List<String> rows = new ArrayList<>();

    @Test
    void reading_each_format() throws Exception {
        List<ProjectDraft> seed =
                ApprovalDocuments.read("seed.txt", SeedRenderings.seedText()).projects();
        List<ProjectDraft> large = SeedRenderings.renamedCopies(seed, 10);
        for (Map.Entry<String, List<ProjectDraft>> set :
                Map.of("7 projects", seed, "70 projects", large).entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .toList()) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("text (.txt)", set.getValue() == seed ? SeedRenderings.seedText() : null);
            files.put("Word (.docx)", WordRender.docx(set.getValue()));
            files.put("Excel (.xls)", WorkbookRender.xls(set.getValue()));
            files.put("Excel stacked (.xlsx)", WorkbookRender.stackedXlsx(set.getValue()));
            files.put("PDF", PdfRender.pdf(set.getValue()));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                if (f.getValue() != null) {
                    measure(
                            f.getKey() + ", " + set.getKey(),
                            f.getValue().length,
                            () -> ApprovalDocuments.read("file", f.getValue()));
                }
            }
        }
        byte[] bomb = BadFormatsTest.zipBomb();
        measure("refusal: zip bomb unpacking to 200 MB", bomb.length, () -> refused(bomb));
        byte[] scan = BadFormatsTest.scannedPdf(100);
        measure("refusal: scanned PDF, 100 pages", scan.length, () -> refused(scan));
        byte[] garbage =
                "这不是一份绩效目标批复。\tabc\t123\n".repeat(15 * 1024 * 1024 / 48).getBytes(StandardCharsets.UTF_8);
        measure("refusal: 15 MB of text without a project", garbage.length, () -> refused(garbage));
        report();
    }

    private static Object refused(byte[] bytes) {
        try {
            return ApprovalDocuments.read("file", bytes);
        } catch (ImportException e) {
            return e;
        }
    }

    private void measure(String what, int bytes, Callable<Object> read) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            read.call();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] millis = new long[RUNS];
        long allocated = 0;
        for (int i = 0; i < RUNS; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            read.call();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            allocated += threads.getCurrentThreadAllocatedBytes() - before;
        }
        Arrays.sort(millis);
        String row = String.format(
                Locale.ROOT,
                "| %s | %d KB | median %d ms, max %d ms | %d MB |",
                what,
                bytes / 1024,
                millis[RUNS / 2],
                millis[RUNS - 1],
                allocated / RUNS / 1024 / 1024);
        rows.add(row);
        System.out.println("BENCH " + row);
    }

    private void report() throws IOException {
        StringBuilder md = new StringBuilder("# Import benchmarks\n\n");
        md.append(
                        "Measured by `ImportFormatsBenchmarkTest` (`./mvnw -Pbench test -Dtest=ImportFormatsBenchmarkTest`): ")
                .append("reading only, no database; ")
                .append(RUNS)
                .append(" runs after ")
                .append(WARM_UP)
                .append(" warm-up runs. Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(Runtime.getRuntime().maxMemory() / 1024 / 1024)
                .append(" MB max heap, Java ")
                .append(System.getProperty("java.version"))
                .append(".\n\n");
        md.append("| document | size | read | allocated per read |\n|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        System.out.println(md);
        Files.writeString(Path.of("docs/import-benchmarks.md"), md.toString());
    }
}
