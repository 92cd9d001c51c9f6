package org.attain.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attain.i18n.Texts;
import org.attain.project.OutOfScopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line, {@code java -jar attain.jar COMMAND …} (picocli). The arguments are parsed before anything
 * starts: {@code --help}, a typo or a missing option is answered at once. A command that needs the application
 * (services, database) then runs inside it; one that does not (a dry run of an approval document) runs without it.
 * Arguments written {@code --name.with.dots=value} are Spring settings and go to Spring, not to the command.
 */
public final class Commands {

    static final String NAME = "java -jar attain.jar";
    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private Commands() {}

    /**
     * Whether the arguments are a command line rather than the dashboard's settings: anything besides Spring settings
     * ({@code --server.port=8081}) is, so that a typo or {@code --help} never starts the web server.
     */
    public static boolean isCommandLine(String[] args) {
        return Arrays.stream(args).anyMatch(a -> !isSetting(a));
    }

    /**
     * Runs a command line and returns its exit status.
     *
     * @param application starts the application (without web server) with the given Spring settings
     */
    public static int run(String[] args, Function<String[], ConfigurableApplicationContext> application) {
        return run(args, Console.system(), application);
    }

    static int run(String[] args, Console console, Function<String[], ConfigurableApplicationContext> application) {
        String[] own = own(args);
        CommandLine parser = commandLine(CommandLine.defaultFactory(), console);
        ParseResult parsed;
        try {
            parsed = parser.parseArgs(own);
        } catch (ParameterException e) {
            return refused(e, own);
        }
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        Object command =
                parsed.hasSubcommand() ? parsed.subcommand().commandSpec().userObject() : null;
        if (!(command instanceof AttainSubcommand c) || !c.needsApplication()) {
            return parser.execute(own);
        }
        ConfigurableApplicationContext context;
        try {
            context = application.apply(settings(args));
        } catch (RuntimeException e) {
            // Spring Boot has reported why (a failure analyzer's one paragraph); no stack trace on top of it
            log.debug("The application did not start", e);
            return 1;
        }
        try (context) {
            return context.getBean(CommandRunner.class).execute(console, args);
        }
    }

    /** The command line with its streams, its refusals (exit 2) and its failures (exit 1). */
    static CommandLine commandLine(IFactory factory, Console console) {
        CommandLine cl = new CommandLine(AttainCommand.class, factory);
        cl.setOut(writer(console.out()));
        cl.setErr(writer(console.err()));
        cl.setParameterExceptionHandler(Commands::refused);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine));
        cl.getCommandSpec().usageMessage().synopsisHeading("usage: ");
        cl.getSubcommands().values().forEach(c -> {
            c.getCommandSpec().usageMessage().synopsisHeading("usage: ");
            if (c.getCommand() instanceof AttainSubcommand command) {
                command.console = console;
            }
        });
        return cl;
    }

    /** The arguments for the command: all but the Spring settings. */
    static String[] own(String[] args) {
        return Arrays.stream(args).filter(a -> !isSetting(a)).toArray(String[]::new);
    }

    private static String[] settings(String[] args) {
        return Arrays.stream(args).filter(Commands::isSetting).toArray(String[]::new);
    }

    private static boolean isSetting(String arg) {
        if (!arg.startsWith("--")) {
            return false;
        }
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
        return name.contains(".") || name.equals("debug") || name.equals("trace");
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Refused input: one line naming the option, the usage line, exit status 2. */
    private static int refused(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(message(e));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.print(cl.getHelp().fullSynopsis());
        err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for "
                + (cl.getCommandSpec().parent() == null ? "the commands." : "its options."));
        err.flush();
        return 2;
    }

    private static String message(ParameterException e) {
        // an unknown word is the likelier cause of a missing option (--yaer 2025): it is named first
        List<String> unmatched = e instanceof UnmatchedArgumentException u
                ? u.getUnmatched()
                : e.getCommandLine().getUnmatchedArguments();
        if (!unmatched.isEmpty()) {
            String first = unmatched.getFirst();
            if (first.startsWith("-")) {
                return "Unknown option " + (first.contains("=") ? first.substring(0, first.indexOf('=')) : first);
            }
            return e.getCommandLine().getCommandSpec().parent() == null
                    ? "Unknown command '" + first + "'"
                    : "Unexpected argument '" + first + "'";
        }
        if (e instanceof OverwrittenOptionException o) {
            return name(o.getOverwritten()) + " is given twice";
        }
        if (e instanceof MissingParameterException m) {
            if (e.getMessage().startsWith("Missing required")
                    && !e.getMessage().startsWith("Missing required parameter for option")) {
                return m.getMissing().stream()
                        .map(a -> name(a) + " is required")
                        .collect(Collectors.joining("; "));
            }
            List<ArgSpec> missing = m.getMissing();
            ArgSpec option = m.getArgSpec() != null ? m.getArgSpec() : missing.isEmpty() ? null : missing.getFirst();
            return option == null ? e.getMessage() : name(option) + " needs a value";
        }
        if (e.getCause() instanceof TypeConversionException t
                && t.getMessage() != null
                && t.getMessage().startsWith("--")) {
            return t.getMessage();
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return o.longestName();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
    }

    /** An unexpected failure: one line on stderr (the trace goes to the log), exit status 1. */
    private static int failed(Exception e, CommandLine cl) {
        PrintWriter err = cl.getErr();
        if (e instanceof AccessDeniedException) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        if (e instanceof OutOfScopeException refused) {
            err.println(Texts.chinese().render(refused.message()));
            err.flush();
            return 2;
        }
        log.debug("{} failed", cl.getCommandSpec().qualifiedName(), e);
        err.println("Unexpected error: " + e);
        err.flush();
        return 1;
    }
}
