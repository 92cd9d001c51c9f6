package org.attain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.attain.i18n.Texts;
import org.attain.portfolio.IndicatorRow;
import org.attain.status.Deviation;
import org.attain.status.Light;
import org.jspecify.annotations.Nullable;

/** How values appear in the official tables, which are in Chinese whoever prints them. */
final class Cells {

    /** The language of the official tables. */
    static final Texts ZH = Texts.chinese();

    private Cells() {}

    static String num(@Nullable BigDecimal v) {
        return v == null
                ? ""
                : v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String pct(@Nullable BigDecimal share) {
        return share == null
                ? ""
                : share.multiply(BigDecimal.valueOf(100))
                                .setScale(2, RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString()
                        + "%";
    }

    static String actual(IndicatorRow r) {
        if (r.reading().actual() != null) {
            return num(r.reading().actual()) + unit(r);
        }
        return ZH.text(r.reading().actualLevel());
    }

    static String forecast(IndicatorRow r) {
        if (r.reading().forecast() != null) {
            return num(r.reading().forecast()) + unit(r);
        }
        return ZH.text(r.reading().forecastLevel());
    }

    static String likelihood(IndicatorRow r) {
        return ZH.text(r.likelihood());
    }

    /** 偏差原因分析, 完成目标可能性 and 改进措施 of a deviation, as the official tables print them. */
    static String[] deviation(Deviation d) {
        return new String[] {ZH.render(d.reasonSummary()), ZH.text(d.likelihood()), text(d.correctiveAction())};
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** The reasons of an indicator line: 偏差原因分析. */
    static String reasons(IndicatorRow r) {
        return ZH.render(r.deviation().reasonSummary());
    }

    /** A light with its symbol: "● 红". */
    static String light(Light l) {
        return l.symbol() + " " + ZH.text(l);
    }

    private static String unit(IndicatorRow r) {
        return r.target().unit() == null ? "" : r.target().unit();
    }
}
