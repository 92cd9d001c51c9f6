package org.attain.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments as typed: words, and options written {@code --name value} or {@code --name=value}. Options
 * with a dot in their name ({@code --spring.datasource.url=…}) are Spring settings and are left to Spring. An unknown
 * option, an option given twice or one without its value is refused with a message naming it.
 */
final class CommandOptions {

    private final List<String> words;
    private final Map<String, String> values;

    private CommandOptions(List<String> words, Map<String, String> values) {
        this.words = List.copyOf(words);
        this.values = Map.copyOf(values);
    }

    /**
     * @param args  the arguments as given to the JVM
     * @param known the names of the options the command takes, each with a value
     * @throws IllegalArgumentException naming the option that is unknown, repeated or missing its value
     */
    static CommandOptions parse(String[] args, Set<String> known) {
        List<String> words = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                words.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (name.contains(".")) {
                continue; // a Spring setting such as --spring.datasource.url=…
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name);
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                value = "";
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " is given twice");
            }
        }
        return new CommandOptions(words, values);
    }

    /**
     * One option's value in either spelling, without checking the others; for options every command shares. An option
     * given without its value is present with an empty value, so that the caller can refuse it.
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

    /** The words, the command's name first. */
    List<String> words() {
        return words;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name, String example) {
        return value(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required, e.g. --" + name
                + " " + example));
    }
}
