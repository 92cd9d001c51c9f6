package org.attain.i18n;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;

/**
 * A refused step as data: a message key and its arguments, rendered in the reader's language by {@link #message};
 * {@link #getMessage()} is the English text for logs and the command line. An argument that is itself a
 * {@link MessageSourceResolvable} (a name the bundles hold) is rendered in the same language.
 */
public abstract class Refusal extends IllegalArgumentException implements MessageSourceResolvable {

    private final String key;
    private final transient List<Object> args;

    protected Refusal(String key, Object... args) {
        super(render(key, MessagesI18NProvider.ENGLISH, List.of(args)));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return render(key, locale, args);
    }

    private static String render(String key, Locale locale, List<Object> args) {
        Object[] rendered = args.stream()
                .map(a -> a instanceof MessageSourceResolvable r
                        ? MessagesI18NProvider.Messages.get(r.getCodes()[0], locale)
                        : a)
                .toArray();
        return MessagesI18NProvider.Messages.get(key, locale, rendered);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
