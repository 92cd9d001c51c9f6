package org.attain.assessment;

import java.util.List;
import org.attain.i18n.Message;
import org.attain.i18n.MessageException;

/**
 * Scoring settings that break the rules (weights not adding up to 100, a share outside its level's band, …). The
 * refusal is data: a message code of the bundles and its arguments, rendered in the reader's locale by whoever shows
 * it; {@link #getMessage()} is the English text for logs.
 */
public class ScoringException extends MessageException {

    ScoringException(String code, Object... args) {
        super(Message.of(code, args));
    }

    /** The message key, e.g. {@code self.error.weightsNot100}. */
    public String code() {
        return message().key();
    }

    /** The message arguments; a qualitative level is passed as its enum constant. */
    public List<Object> args() {
        return message().args();
    }
}
