package org.attain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small files that do one thing: a screen file stays within 150 lines, any other file within 400. The files that
 * are still larger are listed with the size they may not outgrow, so the list can only shrink.
 */
class FileSizeTest {

    static final int SCREEN_LINES = 150;
    static final int FILE_LINES = 400;

    /**
     * Still too large, to be split; the number is the most lines each may have until then (counted in the house
     * format, which puts each call of a chain on its own line).
     */
    static final Map<String, Integer> TO_SPLIT = Map.ofEntries(
            Map.entry("ActualsView.java", 224),
            Map.entry("CompletionView.java", 168),
            Map.entry("ImportView.java", 168),
            Map.entry("IndicatorEntryCard.java", 159),
            Map.entry("IndicatorView.java", 303),
            Map.entry("PortfolioCharts.java", 171),
            Map.entry("RoundsView.java", 153),
            Map.entry("ScoreGrid.java", 174),
            Map.entry("SelfEvaluationView.java", 186));

    @Test
    void screens_and_other_files_stay_small() throws IOException {
        List<String> tooLarge = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.toString().replace('\\', '/');
                long lines;
                try (Stream<String> l = Files.lines(file)) {
                    lines = l.count();
                }
                int limit = TO_SPLIT.getOrDefault(
                        name.substring(name.lastIndexOf('/') + 1), name.contains("/ui/") ? SCREEN_LINES : FILE_LINES);
                if (lines > limit) {
                    tooLarge.add(name + ": " + lines + " lines (at most " + limit + ")");
                }
            }
        }
        assertThat(tooLarge).isEmpty();
    }
}
