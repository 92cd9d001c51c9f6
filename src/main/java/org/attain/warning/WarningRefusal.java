package org.attain.warning;

import org.attain.i18n.Refusal;

/** Warning rules or a decision that cannot be kept: a message key under {@code warning.refused.} and its arguments. */
public class WarningRefusal extends Refusal {

    WarningRefusal(String reason, Object... args) {
        super("warning.refused." + reason, args);
    }
}
