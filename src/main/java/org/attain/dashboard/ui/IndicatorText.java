package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.attain.i18n.Texts;
import org.attain.portfolio.IndicatorRow;

/** How an indicator's values and reasons read on the project page, the same in the table and in a phone's cards. */
final class IndicatorText {

    private IndicatorText() {}

    /** The light's sentence and, under it at reading size, the reasons and corrective action. */
    static Component explanation(IndicatorRow r, boolean en) {
        Div cell = new Div(new Span(texts(en).render(r.status().explanation())));
        String why = reasonsAndAction(cell, r, en);
        if (!why.isEmpty()) {
            Div reasons = new Div(new Span(why));
            reasons.addClassName("attain-tree-reasons");
            cell.add(reasons);
        }
        return cell;
    }

    static String reasonsAndAction(Component c, IndicatorRow r, boolean en) {
        String reasons = texts(en).render(r.deviation().reasonSummary());
        String action = r.correctiveAction() == null ? "" : r.correctiveAction().strip();
        String colon = en ? ": " : "：";
        String text = reasons.isEmpty() ? "" : c.getTranslation("entry.reasons") + colon + reasons;
        if (!action.isEmpty()) {
            text += (text.isEmpty() ? "" : en ? "; " : "；")
                    + c.getTranslation("entry.correctiveAction")
                    + colon
                    + action;
        }
        return text;
    }

    static String actual(IndicatorRow r, boolean en) {
        if (r.reading().actual() != null) {
            return plain(r.reading().actual()) + unit(r);
        }
        return r.reading().actualLevel() == null
                ? "—"
                : texts(en).text(r.reading().actualLevel());
    }

    static String forecast(IndicatorRow r, boolean en) {
        if (r.reading().forecast() != null) {
            return plain(r.reading().forecast()) + unit(r);
        }
        return r.reading().forecastLevel() == null
                ? "—"
                : texts(en).text(r.reading().forecastLevel());
    }

    static String expected(IndicatorRow r) {
        return r.status().expected() == null ? "" : plain(r.status().expected()) + unit(r);
    }

    static String attainment(IndicatorRow r) {
        return r.status().attainment() == null
                ? ""
                : PortfolioCharts.percent(r.status().attainment())
                                .stripTrailingZeros()
                                .toPlainString() + "%";
    }

    static Texts texts(boolean en) {
        return en ? Texts.english() : Texts.chinese();
    }

    private static String unit(IndicatorRow r) {
        return r.target().unit() == null ? "" : r.target().unit();
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
