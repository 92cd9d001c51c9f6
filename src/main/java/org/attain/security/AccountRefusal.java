package org.attain.security;

import java.util.Locale;
import org.attain.i18n.MessagesI18NProvider;
import org.springframework.context.MessageSourceResolvable;

/**
 * An account change that is refused (a weak password, a taken name, a wrong setup token): a message key and its
 * arguments, rendered in the reader's language by {@link #message(Locale)}; {@link #getMessage()} is the English text
 * for logs and the command line.
 */
public class AccountRefusal extends IllegalArgumentException implements MessageSourceResolvable {

    private final String key;
    private final transient Object[] args;

    public AccountRefusal(String key, Object... args) {
        super(MessagesI18NProvider.Messages.get(key, MessagesI18NProvider.ENGLISH, args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return MessagesI18NProvider.Messages.get(key, locale, args);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
