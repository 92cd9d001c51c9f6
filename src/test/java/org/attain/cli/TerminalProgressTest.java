package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter err = new StringWriter();
    private long now;

    private TerminalProgress progress(boolean interactive) {
        return new TerminalProgress("import-actuals", new PrintWriter(err, true), interactive, () -> now);
    }

    @Test
    void a_short_task_prints_nothing() {
        TerminalProgress progress = progress(false);
        for (int row = 1; row <= 100; row++) {
            now += SECOND / 100;
            progress.update("checking rows", row, 100);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_long_task_off_a_terminal_prints_a_line_after_2_s_then_every_10_s_and_when_done() {
        TerminalProgress progress = progress(false);
        for (int row = 1; row <= 30_000; row++) {
            now += SECOND / 1000; // 30 s in all
            progress.update("storing rows", row, 30_000);
        }
        assertThat(err.toString().lines())
                .containsExactly(
                        "import-actuals: storing rows 2000/30000 (6%)",
                        "import-actuals: storing rows 12000/30000 (40%)",
                        "import-actuals: storing rows 22000/30000 (73%)",
                        "import-actuals: storing rows 30000/30000 (100%)");
    }

    @Test
    void the_next_task_is_reported_at_once_after_the_quiet_start() {
        TerminalProgress progress = progress(false);
        now += 3 * SECOND;
        progress.update("checking rows", 10, 10);
        progress.update("storing rows", 1, 10);
        now += SECOND;
        progress.update("storing rows", 10, 10);
        assertThat(err.toString().lines())
                .containsExactly(
                        "import-actuals: checking rows 10/10 (100%)",
                        "import-actuals: storing rows 1/10 (10%)", "import-actuals: storing rows 10/10 (100%)");
    }

    @Test
    void on_a_terminal_a_bar_is_redrawn_in_place_and_left_complete() {
        TerminalProgress progress = progress(true);
        now += SECOND;
        progress.update("storing rows", 1, 4);
        now += SECOND;
        progress.update("storing rows", 2, 4);
        now += SECOND / 100; // too soon to redraw
        progress.update("storing rows", 3, 4);
        now += SECOND;
        progress.update("storing rows", 4, 4);
        assertThat(err.toString())
                .isEqualTo("\rimport-actuals: storing rows [=======>                      ] 1/4 25%"
                        + "\rimport-actuals: storing rows [===============>              ] 2/4 50%"
                        + "\rimport-actuals: storing rows [==============================] 4/4 100%"
                        + System.lineSeparator());
    }
}
