package org.attain.round;

import org.attain.i18n.Message;
import org.attain.i18n.MessageException;

/** Why a round cannot be opened, as a message key under {@code round.refused.} and its arguments. */
public class RoundRefusal extends MessageException {

    RoundRefusal(String key, Object... args) {
        super(Message.of("round.refused." + key, args));
    }

    public String key() {
        return message().key();
    }

    public Object[] args() {
        return message().args().toArray();
    }
}
