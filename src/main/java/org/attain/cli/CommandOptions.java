package org.attain.cli;

import java.util.Optional;

/** One option shared by every command, read before the command line is parsed (the account of {@code --as}). */
final class CommandOptions {

    private CommandOptions() {}

    /**
     * One option's value in either spelling; an option given without its value is present with an empty value, so
     * that the caller can refuse it.
     */
    static Optional<String> find(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--" + name + "=")) {
                return Optional.of(args[i].substring(name.length() + 3));
            }
            if (args[i].equals("--" + name)) {
                return Optional.of(i + 1 < args.length && !args[i + 1].startsWith("--") ? args[i + 1] : "");
            }
        }
        return Optional.empty();
    }
}
