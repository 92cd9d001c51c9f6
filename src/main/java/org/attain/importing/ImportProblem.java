package org.attain.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.targets.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * A line of a document that could not be used as it stands, and why. Line 0 means the document as a whole.
 * A problem is either a message code with its arguments, rendered in the reader's language from the bundles
 * ({@link #of}), or an older finished sentence ({@link #ImportProblem(int, String)}). An argument that is a
 * {@link Label} is translated too (a field name, a column), one that is a problem is rendered in the same language
 * (a problem found in a sheet of a workbook); every other argument is data and shown as it is.
 */
public record ImportProblem(int line, @Nullable String key, List<Object> args) {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");

    /** How much of a value from the file a message quotes. */
    static final int QUOTE_MAX = 40;

    public ImportProblem {
        args = List.copyOf(args);
    }

    public ImportProblem(int line, String message) {
        this(line, null, List.of(message));
    }

    /** A problem as a message code of the bundles and its arguments. */
    public static ImportProblem of(int line, String key, Object... args) {
        return new ImportProblem(line, key, List.of(args));
    }

    /** The problem in the given language (Chinese unless English). */
    public String message(Locale locale) {
        if (key == null) {
            return String.valueOf(args.getFirst());
        }
        List<Object> rendered = new ArrayList<>(args.size());
        for (Object a : args) {
            rendered.add(
                    a instanceof Label l
                            ? MessagesI18NProvider.Messages.get(l.key(), locale)
                            : a instanceof ImportProblem p ? p.message(locale) : a);
        }
        return MessagesI18NProvider.Messages.get(key, locale, rendered.toArray());
    }

    /** The problem in the application's default language, Chinese: for the command line and the logs. */
    public String message() {
        return message(MessagesI18NProvider.CHINESE);
    }

    /** The same problem found on another line (e.g. a cell read on a label's line). */
    public ImportProblem atLine(int newLine) {
        return new ImportProblem(newLine, key, args);
    }

    /** The refusal of a number, in words: which field, what was written, why. */
    public static ImportProblem number(
            int line, Label field, String text, Numbers.Refusal refusal, Numbers.Limit limit) {
        return switch (refusal) {
            case NOT_A_NUMBER -> of(line, "refused.notANumber", field, quote(text));
            case NEGATIVE -> of(line, "refused.negative", field, quote(text));
            case TOO_LARGE -> of(line, "refused.tooLarge", field, quote(text), limit.largest());
            case TOO_PRECISE -> of(line, "refused.tooPrecise", field, quote(text), limit.scale());
        };
    }

    /** The refusal of a text longer than its column: which field, how long, the limit, how it starts. */
    public static ImportProblem tooLong(int line, Label field, String text, int max) {
        return of(line, "refused.tooLong", field, text.length(), max, quote(text));
    }

    /** A value from the file cut to a readable length for a message. */
    public static String quote(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && value.indexOf('\t') < 0
                ? value
                : LINE_BREAKS.matcher(value).replaceAll(" ");
        return oneLine.length() > QUOTE_MAX ? oneLine.substring(0, QUOTE_MAX) + "…" : oneLine;
    }

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message() : message();
    }

    /** An argument that is itself a message code, e.g. the name of a field: translated with the message. */
    public record Label(String key) {}
}
