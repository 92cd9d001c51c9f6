package org.attain.assessment;

import java.util.List;

/**
 * Scoring settings that break the rules (weights not adding up to 100, a share outside its level's band, …). The
 * refusal is data: a message code of the bundles and its arguments, rendered in the reader's locale by whoever shows
 * it; {@link #getMessage()} is the English text for logs.
 */
public class ScoringException extends IllegalArgumentException {

    private final String code;
    private final List<Object> args;

    ScoringException(String code, String english, Object... args) {
        super(english);
        this.code = code;
        this.args = List.of(args);
    }

    /** The message key, e.g. {@code self.error.weightsNot100}. */
    public String code() {
        return code;
    }

    /** The message arguments; a qualitative level is passed as its enum constant. */
    public List<Object> args() {
        return args;
    }
}
