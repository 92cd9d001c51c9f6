package org.attain.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a command writes its result (out) and its errors and progress (err); {@code interactive} when a person
 * watches a terminal, where progress is a bar redrawn in place.
 */
record Console(PrintStream out, PrintStream err, boolean interactive) {

    Console(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    /** The process's stdout and stderr in UTF-8. */
    static Console system() {
        return new Console(
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                isTerminal());
    }

    /** A terminal (not a pipe, a file or a dumb terminal); Java 22+ can tell when only some streams are redirected. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // Java 21: System.console() is null unless stdin and stdout are a terminal
        }
    }
}
