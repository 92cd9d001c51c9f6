package org.attain.importing;

/**
 * How much one file may hold, for every way in: the import page, the actuals upload and the command line. A larger
 * file is refused before it is parsed, with a message that says the limit.
 */
public final class InputLimits {

    /** Bytes of an uploaded or command-line file: 20 MB, as the import page says. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Megabytes, for messages and the upload components. */
    public static final int MAX_MEGABYTES = MAX_BYTES / 1024 / 1024;
    /** Data rows of an actuals or budget file (CSV or workbook, all sheets together). */
    public static final int MAX_ROWS = 50_000;

    private InputLimits() {}

    /** The refusal of a file larger than {@link #MAX_BYTES}. */
    public static ImportProblem tooLarge(long bytes) {
        return ImportProblem.of(
                0, "refused.fileTooLarge", Math.max(1, (bytes + 1024 * 1024 - 1) / 1024 / 1024), MAX_MEGABYTES);
    }

    /** The refusal of a file with more than {@link #MAX_ROWS} data rows. */
    public static ImportProblem tooManyRows(int line) {
        return ImportProblem.of(line, "refused.tooManyRows", MAX_ROWS);
    }
}
