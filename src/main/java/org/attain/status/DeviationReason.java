package org.attain.status;

import org.attain.i18n.Labels;
import org.attain.i18n.MessageException;

/** 偏差原因: the causes a deviation is put down to. Their words are {@code deviationReason.*} in the bundles. */
public enum DeviationReason {
    FUNDING,
    RULES,
    STAFF,
    EQUIPMENT,
    OTHER;

    /** Reads the word in either language, or the constant's name. */
    public static DeviationReason parse(String text) {
        return Labels.parse(DeviationReason.class, text)
                .orElseThrow(() -> new MessageException("refused.deviationReason", text.strip()));
    }
}
