package org.attain.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.attain.base.Progress;
import org.jspecify.annotations.Nullable;

/**
 * A command's progress on stderr, once a task has run for a moment: on a terminal a bar redrawn in place
 * ({@code import-actuals: storing rows [=========>          ] 4500/10000 45%}); otherwise (a log file, a pipe) a
 * plain line after {@value #QUIET_SECONDS} s, then every {@value #EVERY_SECONDS} s and when the task is done. A long
 * import is never silent for minutes, and a short one prints nothing.
 */
final class TerminalProgress implements Progress {

    static final int QUIET_SECONDS = 2;
    static final int EVERY_SECONDS = 10;
    private static final long SECOND = 1_000_000_000L;
    private static final long REDRAW_NANOS = SECOND / 10;
    private static final long QUIET_ON_TERMINAL_NANOS = SECOND / 2;
    private static final int BAR = 30;

    private final String command;
    private final PrintWriter err;
    private final boolean interactive;
    private final LongSupplier nanoTime;
    private final long started;
    private @Nullable String task;
    private long shown;
    private boolean showing;
    private int width;

    /**
     * @param interactive whether stderr is a terminal, where the bar is redrawn in place
     * @param nanoTime the clock ({@code System::nanoTime})
     */
    TerminalProgress(String command, PrintWriter err, boolean interactive, LongSupplier nanoTime) {
        this.command = command;
        this.err = err;
        this.interactive = interactive;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    @Override
    public void update(String task, long done, long total) {
        long now = nanoTime.getAsLong();
        boolean finished = total > 0 && done >= total;
        if (!task.equals(this.task)) {
            if (showing && interactive) {
                err.println(); // the last task's bar stays as it was left
            }
            this.task = task;
            showing = false;
        }
        if (interactive) {
            if (now - started >= QUIET_ON_TERMINAL_NANOS && (finished || !showing || now - shown >= REDRAW_NANOS)) {
                String line = command + ": " + task + " " + bar(done, total) + " " + done + "/" + total + " "
                        + percent(done, total);
                err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                width = line.length();
                if (finished) {
                    err.println();
                }
                err.flush();
                shown = now;
                showing = !finished;
            }
            return;
        }
        boolean due = showing ? now - shown >= EVERY_SECONDS * SECOND : now - started >= QUIET_SECONDS * SECOND;
        if (due || (finished && showing)) {
            err.println(command + ": " + task + " " + done + "/" + total + " (" + percent(done, total) + ")");
            err.flush();
            shown = now;
            showing = !finished;
        }
    }

    private static String bar(long done, long total) {
        int filled = total <= 0 ? 0 : (int) Math.min(BAR, done * BAR / total);
        return "[" + "=".repeat(filled) + (filled < BAR ? ">" + " ".repeat(BAR - filled - 1) : "") + "]";
    }

    private static String percent(long done, long total) {
        return total <= 0 ? "" : String.format(Locale.ROOT, "%d%%", Math.min(100, done * 100 / total));
    }
}
