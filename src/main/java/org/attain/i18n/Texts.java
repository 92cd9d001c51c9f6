package org.attain.i18n;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The message bundles in one language (Simplified Chinese unless English is asked for): plain Java, used alike by the
 * views (through {@link MessagesI18NProvider}), the official tables and the command line.
 */
public final class Texts {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Texts ZH = new Texts(CHINESE);
    private static final Texts EN = new Texts(ENGLISH);

    private final Locale locale;

    /** The bundle, looked up once: a file of 10,000 rows writes its change log's words through here. */
    private volatile @Nullable ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
    }

    /** English for any English locale, Chinese for everything else. */
    public static Texts of(@Nullable Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? EN : ZH;
    }

    public static Texts chinese() {
        return ZH;
    }

    public static Texts english() {
        return EN;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key with its arguments; a missing key shows as {@code !key}, never as an exception. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle().getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] rendered = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                rendered[i] = argument(args[i]);
            }
            return new MessageFormat(pattern, locale).format(rendered);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    private ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            b = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
            bundle = b;
        }
        return b;
    }

    public String render(Message message) {
        return get(message.key(), message.args().toArray());
    }

    /**
     * A message, an enum constant, a labelled value or a collection of them in this language; anything else as it is;
     * null as "".
     */
    public String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Message m -> render(m);
            case Labelled l -> render(l.label());
            case Enum<?> e -> render(Message.of(e));
            case Collection<?> c -> list(c);
            default -> String.valueOf(value);
        };
    }

    /** Items in this language joined as the language lists them: "经费保障、人员保障", "funding, staffing". */
    public String list(Collection<?> items) {
        return items.stream().map(this::text).collect(Collectors.joining(get("list.separator")));
    }

    public boolean isEnglish() {
        return this == EN;
    }

    private Object argument(@Nullable Object arg) {
        return arg instanceof Message
                        || arg instanceof Labelled
                        || arg instanceof Enum<?>
                        || arg instanceof Collection<?>
                ? text(arg)
                : arg;
    }
}
