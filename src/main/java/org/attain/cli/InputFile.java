package org.attain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.attain.importing.ImportException;
import org.attain.importing.InputLimits;

/**
 * The FILE argument of an import command: reads the file and turns every failure — a missing or unreadable file, a
 * document that cannot be imported — into its message on stderr and exit status 2.
 */
final class InputFile {

    /** What a command does with the file's bytes; returns the exit status. */
    interface Action {
        int apply(Path file, byte[] bytes);
    }

    private InputFile() {}

    static int with(Path file, PrintWriter err, Action action) {
        try {
            long size = Files.size(file);
            if (size > InputLimits.MAX_BYTES) {
                // refused before reading: a file of gigabytes is never loaded into memory
                err.println(file + ": " + InputLimits.tooLarge(size));
                return 2;
            }
            return action.apply(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println(file + ": cannot be read: " + e.getMessage());
            return 2;
        } catch (ImportException e) {
            e.getProblems().forEach(p -> err.println(file + ": " + p));
            return 2;
        }
    }
}
