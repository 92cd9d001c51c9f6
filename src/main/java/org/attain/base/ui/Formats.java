package org.attain.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.attain.i18n.Texts;
import org.attain.status.Checkpoint;

/** Number formats shared by the views: amounts in 万元 and percentages. */
public final class Formats {

    private Formats() {}

    /** 335 → "335.00"; keeps two decimals, grouped. */
    public static String tenThousandYuan(BigDecimal value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value == null ? BigDecimal.ZERO : value.setScale(2, RoundingMode.HALF_UP));
    }

    /** An execution rate as the official tables round it: 0.934615 → "93.46%", 0.5 → "50%"; a dash for none. */
    public static String rate(BigDecimal share) {
        return share == null
                ? "—"
                : share.multiply(BigDecimal.valueOf(100))
                                .setScale(2, RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString()
                        + "%";
    }

    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A checkpoint stored as 2025-06, as every screen names it: 1-6月 (Jan–Jun); anything else as it is. */
    public static String checkpoint(String iso, boolean english) {
        try {
            return (english ? Texts.english() : Texts.chinese()).text(Checkpoint.parse(iso));
        } catch (IllegalArgumentException notACheckpoint) {
            return iso;
        }
    }

    /** A text, or a dash where there is none. */
    public static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
