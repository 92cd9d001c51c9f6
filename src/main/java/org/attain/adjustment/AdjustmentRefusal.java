package org.attain.adjustment;

import org.attain.i18n.Refusal;

/** Why a target adjustment is refused: a message key under {@code adjustment.refused.} and its arguments. */
public class AdjustmentRefusal extends Refusal {

    AdjustmentRefusal(String reason, Object... args) {
        super("adjustment.refused." + reason, args);
    }
}
