package org.attain.cli;

import java.util.Set;

/** The commands {@code java -jar attain.jar COMMAND …} runs without starting the web server. */
public final class CommandLine {

    static final Set<String> COMMANDS = Set.of("import-targets", "import-actuals", "export", "generate", "status");

    private CommandLine() {
    }

    public static boolean isCommand(String arg) {
        return COMMANDS.contains(arg);
    }
}
