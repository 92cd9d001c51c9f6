package org.attain.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.attain.importing.ImportException;
import org.attain.importing.InputLimits;
import org.springframework.boot.ApplicationArguments;

/**
 * The single FILE argument of an import command: checks the usage, reads the file and turns every failure — a
 * missing or unreadable file, a document that cannot be imported — into its message on stderr and exit status 2.
 */
final class InputFile {

    /** What a command does with the file's bytes; returns the exit status. */
    interface Action {
        int apply(Path file, byte[] bytes);
    }

    private InputFile() {
    }

    static int with(ApplicationArguments args, String usage, Console console, Action action) {
        List<String> files = args.getNonOptionArgs().subList(1, args.getNonOptionArgs().size());
        if (files.size() != 1) {
            console.err().println(usage);
            return 2;
        }
        Path file = Path.of(files.getFirst());
        try {
            long size = Files.size(file);
            if (size > InputLimits.MAX_BYTES) {
                // refused before reading: a file of gigabytes is never loaded into memory
                console.err().println(file + ": " + InputLimits.tooLarge(size));
                return 2;
            }
            return action.apply(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            console.err().println(file + ": no such file");
            return 2;
        } catch (IOException e) {
            console.err().println(file + ": cannot be read: " + e.getMessage());
            return 2;
        } catch (ImportException e) {
            e.getProblems().forEach(p -> console.err().println(file + ": " + p));
            return 2;
        }
    }
}
