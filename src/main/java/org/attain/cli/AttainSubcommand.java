package org.attain.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attain.base.Progress;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * What every command shares: {@code --help}, {@code --as USER}, its output streams and the refusal (exit 2 with the
 * message and the usage line). A command returns its exit status: 0 done, 2 refused input (nothing written).
 */
abstract class AttainSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    /** Read before the command runs (see {@link CommandRunner}); declared here so that it is known and documented. */
    @Option(
            names = "--as",
            paramLabel = "USER",
            description = "Act as this account, whose role then applies " + "(default: the system).")
    String as;

    /** Where the command writes (set by {@link Commands#commandLine}). */
    @Nullable
    Console console;

    /** Whether the command needs the application (and its database); a command that does not runs without it. */
    boolean needsApplication() {
        return true;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The progress of a long task, on stderr (see {@link TerminalProgress}). */
    Progress progress() {
        return new TerminalProgress(spec.name(), err(), console != null && console.interactive(), System::nanoTime);
    }

    /** Refused input: the message and the usage line on stderr, exit status 2. */
    int refuse(String message) {
        err().println(message);
        err().print(spec.commandLine().getHelp().fullSynopsis());
        err().flush();
        return 2;
    }

    /** {@code --year}: a year such as 2025, or a refusal naming the option. */
    static final class Year implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int year = Integer.parseInt(text.strip());
                if (year >= 1990 && year <= 2200) {
                    return year;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new TypeConversionException("--year is a year such as 2025, not '" + text + "'");
        }
    }
}
