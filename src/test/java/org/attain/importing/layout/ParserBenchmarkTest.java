package org.attain.importing.layout;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attain.importing.read.Documents;
import org.attain.importing.read.Part;
import org.attain.importing.read.Row;
import org.attain.importing.read.SourceDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the parser alone takes on the write benchmark's approval document (1,001 projects, 143 copies of the seed,
 * 3.2 MB): reading the text into rows ({@link Documents}), preparing the rows, and finding the projects
 * ({@link ApprovalLayout}) row by row and in segments; the median wall and process CPU of several runs after warm-up,
 * with the load average, since the machine is shared. No database. Run with
 * {@code ./mvnw -Pbench test -Dtest=ParserBenchmarkTest}.
 */
@Tag("bench")
class ParserBenchmarkTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 11;
    private static final String NAME = "bench-1001.txt";

    @Test
    void reading_the_1001_project_document() throws Exception {
        byte[] bytes = SegmentedReadTest.thousandProjects(true);
        // as the write benchmark measures it: once, in a JVM that has not read a large document yet (then twice more);
        // -Dbench.rowByRow=true reads these first three row by row, to compare
        int segmentedFrom = Boolean.getBoolean("bench.rowByRow") ? Integer.MAX_VALUE : SegmentedRead.MIN_PROJECTS;
        for (String run : List.of("first", "second", "third")) {
            long start = System.nanoTime();
            int found = ApprovalLayout.read(Documents.read(NAME, bytes), 0, segmentedFrom)
                    .projects()
                    .size();
            System.out.printf(
                    Locale.ROOT,
                    "BENCH %s whole parse%s: %d projects, %d ms, load average %.2f%n",
                    run,
                    segmentedFrom == Integer.MAX_VALUE ? " (row by row)" : "",
                    found,
                    (System.nanoTime() - start) / 1_000_000,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        if (Boolean.getBoolean("bench.coldOnly")) {
            return;
        }
        SourceDocument doc = Documents.read(NAME, bytes);
        Part part = doc.parts().getFirst();
        measure(
                "rows (Documents.read)",
                () -> Documents.read(NAME, bytes).parts().size());
        measure("rows prepared (FlatTable, SplitTargets, Weights)", () -> prepared(part)
                .size());
        for (int round = 0; round < 2; round++) {
            measure("layout row by row", () -> ApprovalLayout.read(doc, 0, Integer.MAX_VALUE)
                    .projects()
                    .size());
            measure("layout in segments", () -> ApprovalLayout.read(doc, 0, SegmentedRead.MIN_PROJECTS)
                    .projects()
                    .size());
        }
        measure("whole parse (Documents.read and ApprovalLayout.read)", () -> ApprovalLayout.read(
                        Documents.read(NAME, bytes))
                .projects()
                .size());
    }

    private static List<Row> prepared(Part part) {
        return Weights.withoutWeights(SplitTargets.joinedLines(FlatTable.unfolded(part.rows(), new Problems())));
    }

    private static void measure(String what, Callable<Integer> run) throws Exception {
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = run.call();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] millis = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long startCpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            run.call();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (os.getProcessCpuTime() - startCpu) / 1_000_000;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "BENCH %s: %d -> median %d ms wall (min %d, max %d), median %d ms process CPU, %d runs, load %.2f%n",
                what,
                size,
                millis[RUNS / 2],
                millis[0],
                millis[RUNS - 1],
                cpu[RUNS / 2],
                RUNS,
                os.getSystemLoadAverage());
    }
}
