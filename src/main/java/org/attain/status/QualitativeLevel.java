package org.attain.status;

import org.attain.i18n.Labels;
import org.attain.i18n.MessageException;

/** The three levels a qualitative indicator can reach. Their words are {@code qualitativeLevel.*} in the bundles. */
public enum QualitativeLevel {
    ACHIEVED,
    PARTIAL,
    NOT_ACHIEVED;

    /** Reads 达成 / 部分达成… / 未达成… (also shortened), the English words or the constant's name. */
    public static QualitativeLevel parse(String text) {
        String t = text.strip();
        if (t.startsWith("未达成")) {
            return NOT_ACHIEVED;
        }
        if (t.startsWith("部分达成")) {
            return PARTIAL;
        }
        if (t.equals("已达成")) {
            return ACHIEVED;
        }
        return Labels.parse(QualitativeLevel.class, t)
                .orElseThrow(() -> new MessageException("refused.qualitativeLevel", t));
    }
}
