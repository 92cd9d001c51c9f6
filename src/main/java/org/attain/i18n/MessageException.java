package org.attain.i18n;

/**
 * A refusal whose text is data: a {@link Message} rendered in the reader's language by whoever shows it (a view, a
 * paper, the command line). {@link #getMessage()} is the English text, for logs only.
 */
public class MessageException extends IllegalArgumentException {

    private final transient Message message;

    public MessageException(Message message) {
        super(Texts.english().render(message));
        this.message = message;
    }

    public MessageException(String key, Object... args) {
        this(Message.of(key, args));
    }

    public Message message() {
        return message;
    }
}
