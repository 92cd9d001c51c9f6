package org.attain.security;

import java.util.Locale;
import org.attain.i18n.Message;
import org.attain.i18n.MessageException;
import org.attain.i18n.Texts;
import org.springframework.context.MessageSourceResolvable;

/**
 * An account change that is refused (a weak password, a taken name, a wrong setup token): a message key and its
 * arguments, rendered in the reader's language by {@link #message(Locale)}; {@link #getMessage()} is the English text
 * for logs and the command line.
 */
public class AccountRefusal extends MessageException implements MessageSourceResolvable {

    public AccountRefusal(String key, Object... args) {
        super(Message.of(key, args));
    }

    public String key() {
        return message().key();
    }

    public String message(Locale locale) {
        return Texts.of(locale).render(message());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key()};
    }

    @Override
    public Object[] getArguments() {
        return message().args().toArray();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
