package org.attain.status;

import org.attain.i18n.Labels;
import org.attain.i18n.MessageException;

/** 完成目标可能性: how likely the annual target is still met. Its words are {@code likelihood.*} in the bundles. */
public enum Likelihood {
    CERTAIN,
    POSSIBLE,
    IMPOSSIBLE;

    /** 有可能 and 完全不可能 need reasons and a corrective action. */
    public boolean atRisk() {
        return this != CERTAIN;
    }

    /** Reads the word in either language, or the constant's name. */
    public static Likelihood parse(String text) {
        return Labels.parse(Likelihood.class, text)
                .orElseThrow(() -> new MessageException("refused.likelihood", text.strip()));
    }
}
