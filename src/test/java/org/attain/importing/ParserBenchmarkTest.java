package org.attain.importing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.attain.importing.layout.ApprovalLayout;
import org.attain.importing.read.Documents;
import org.attain.importing.read.SourceDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the parser alone takes on the write benchmark's approval document (1,001 projects, 143 copies of the seed):
 * reading the text into rows ({@link Documents}) and finding its projects ({@link ApprovalLayout}), median wall of
 * several runs after warm-up, with the load average since the machine is shared. No database. Run with
 * {@code ./mvnw -Pbench test -Dtest=ParserBenchmarkTest}.
 */
@Tag("bench")
class ParserBenchmarkTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 11;

    @Test
    void reading_the_1001_project_document() throws Exception {
        byte[] bytes = thousandProjects();
        // as the write benchmark measures it: once, in a JVM that has not read a large document yet
        long start = System.nanoTime();
        int first = ApprovalDocuments.read("bench-1001.txt", bytes).projects().size();
        System.out.println(String.format(
                Locale.ROOT,
                "BENCH first whole parse, cold: %d -> %d ms, load average %.2f",
                first,
                (System.nanoTime() - start) / 1_000_000,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        SourceDocument rows = Documents.read("bench-1001.txt", bytes);
        measure(
                "rows only (Documents.read)",
                () -> Documents.read("bench-1001.txt", bytes).parts().size());
        measure(
                "layout only (ApprovalLayout.read)",
                () -> ApprovalLayout.read(rows).projects().size());
        measure(
                "whole parse (ApprovalDocuments.read)",
                () -> ApprovalDocuments.read("bench-1001.txt", bytes).projects().size());
    }

    /** The document of WriteBenchmarkTest.measureDocuments: 143 copies of the seed, its project names suffixed. */
    static byte[] thousandProjects() throws IOException {
        String seed;
        try (InputStream in = ParserBenchmarkTest.class.getResourceAsStream("/seed/approval-2025.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder doc = new StringBuilder();
        for (int copy = 0; copy < 143; copy++) {
            doc.append(seed.replaceAll("(项目名称\t)([^\t\n]+)", "$1$2（副本" + copy + "）"));
        }
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void measure(String what, java.util.concurrent.Callable<Integer> run) throws Exception {
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = run.call();
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.call();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.println(String.format(
                Locale.ROOT,
                "BENCH %s: %d -> median %d ms (min %d, max %d) of %d runs, load average %.2f",
                what,
                size,
                millis[RUNS / 2],
                millis[0],
                millis[RUNS - 1],
                RUNS,
                os.getSystemLoadAverage()));
    }
}
