package org.attain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.attain.monitoring.IndicatorRow;
import org.attain.monitoring.ProjectStatus;
import org.jspecify.annotations.Nullable;

/** How values appear in the official tables. */
final class Cells {

    private Cells() {
    }

    static String num(@Nullable BigDecimal v) {
        return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String pct(@Nullable BigDecimal share) {
        return share == null ? "" : share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }

    static String actual(IndicatorRow r) {
        if (r.reading().actual() != null) {
            return num(r.reading().actual()) + unit(r);
        }
        return r.reading().actualLevel() == null ? "" : r.reading().actualLevel().label(false);
    }

    static String forecast(IndicatorRow r) {
        if (r.reading().forecast() != null) {
            return num(r.reading().forecast()) + unit(r);
        }
        return r.reading().forecastLevel() == null ? "" : r.reading().forecastLevel().label(false);
    }

    static String likelihood(IndicatorRow r) {
        return r.likelihood() == null ? "" : r.likelihood().label(false);
    }

    /** 偏差原因分析, 完成目标可能性 and 改进措施 of a deviation, as the official tables print them. */
    static String[] deviation(org.attain.monitoring.Deviation d) {
        return new String[] {d.reasonSummary(false), d.likelihood() == null ? "" : d.likelihood().label(false),
                text(d.correctiveAction())};
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    static String monthLabel(ProjectStatus p) {
        return p.checkpoint().label(false);
    }

    private static String unit(IndicatorRow r) {
        return r.target().unit() == null ? "" : r.target().unit();
    }
}
