package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.attain.base.ui.PrintTable;
import org.attain.portfolio.IndicatorRow;
import org.attain.status.Checkpoint;

/** The indicator tree on paper: one row per indicator with 一级 and 二级 merged, its figures, light, sentence and reasons. */
final class IndicatorPrint {

    private IndicatorPrint() {}

    static PrintTable of(Component c, List<IndicatorRow> rows, Checkpoint at, boolean en) {
        List<String> headers = List.of(
                c.getTranslation("indicator.category"),
                c.getTranslation("indicator.subcategory"),
                c.getTranslation("indicator.name"),
                c.getTranslation("indicator.target"),
                c.getTranslation("dashboard.tree.actual", at),
                c.getTranslation("dashboard.tree.expected"),
                c.getTranslation("entry.forecast"),
                c.getTranslation("dashboard.grid.light"),
                c.getTranslation("dashboard.tree.explanation") + " · " + c.getTranslation("dashboard.tree.reasons"));
        List<List<String>> lines = rows.stream()
                .map(r -> {
                    String why = IndicatorText.reasonsAndAction(c, r, en);
                    return List.of(
                            r.category(),
                            r.subcategory(),
                            r.name(),
                            r.target().text(),
                            IndicatorText.actual(r, en),
                            IndicatorText.expected(r),
                            IndicatorText.forecast(r, en),
                            r.status().light().symbol() + " "
                                    + c.getTranslation(
                                            "light." + r.status().light().name()),
                            IndicatorText.texts(en).render(r.status().explanation())
                                    + (why.isEmpty() ? "" : "\n" + why));
                })
                .toList();
        return new PrintTable(headers, lines, 2);
    }
}
