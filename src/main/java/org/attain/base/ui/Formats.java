package org.attain.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formats shared by the views: amounts in 万元 and percentages. */
public final class Formats {

    private Formats() {
    }

    /** 335 → "335.00"; keeps two decimals, grouped. */
    public static String tenThousandYuan(BigDecimal value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value == null ? BigDecimal.ZERO : value.setScale(2, RoundingMode.HALF_UP));
    }

    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
