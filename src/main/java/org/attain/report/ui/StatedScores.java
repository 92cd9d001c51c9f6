package org.attain.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.attain.assessment.IndicatorScore;
import org.attain.earlier.ScoreComparison;
import org.attain.i18n.Texts;
import org.jspecify.annotations.Nullable;

/**
 * An imported earlier year's self-evaluation: the document's weights and scores beside Attain's recomputation under
 * the year's profile, and what Attain's rules give under the document's own weights; a line whose stated score
 * differs from Attain's is marked ≠, never coloured alone.
 */
class StatedScores extends Composite<VerticalLayout> {

    StatedScores(ScoreComparison c, String profile) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("stated-scores");
        root.add(new H3(getTranslation("history.compare.heading", c.source())));
        Paragraph totals = new Paragraph(getTranslation(
                "history.compare.totals",
                points(c.statedTotal()),
                c.statedGrade() == null ? "—" : c.statedGrade(),
                points(c.attain().total()),
                c.attainGrade() == null ? "—" : Texts.of(getLocale()).text(c.attainGrade()),
                profile,
                c.differences()));
        totals.setId("stated-totals");
        Paragraph budget = new Paragraph(getTranslation(
                "history.compare.budget",
                points(c.statedBudgetWeight()),
                points(c.statedBudgetScore()),
                points(c.attain().budgetScore().weight()),
                points(c.attain().budgetScore().score()),
                c.budgetDiffers() ? " ≠" : ""));
        root.add(totals, budget, grid(c));
    }

    private Grid<ScoreComparison.Line> grid(ScoreComparison c) {
        Grid<ScoreComparison.Line> grid = new Grid<>();
        grid.setId("stated-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ScoreComparison.Line::name)
                .setKey("name")
                .setHeader(getTranslation("history.compare.name"))
                .setFlexGrow(3);
        grid.addColumn(l -> l.target() + " → " + (l.actual() == null ? "—" : l.actual()))
                .setKey("actual")
                .setHeader(getTranslation("history.compare.actual"))
                .setFlexGrow(2);
        number(grid, "stated-weight", "history.compare.statedWeight", l -> points(l.statedWeight()));
        number(grid, "stated-score", "history.compare.statedScore", l -> points(l.statedScore()));
        number(grid, "attain-score", "history.compare.attainScore", l -> attain(l.attain()));
        number(
                grid,
                "stated-weight-score",
                "history.compare.underStatedWeight",
                l -> l.underStatedWeight() == null
                        ? "—"
                        : points(l.underStatedWeight().score()));
        number(grid, "differs", "history.compare.differs", l -> l.differs() ? "≠" : "=");
        grid.setItems(c.lines());
        return grid;
    }

    private static void number(
            Grid<ScoreComparison.Line> grid,
            String key,
            String header,
            ValueProvider<ScoreComparison.Line, String> value) {
        grid.addColumn(value)
                .setKey(key)
                .setHeader(grid.getTranslation(header))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static String attain(IndicatorScore s) {
        return points(s.score()) + " / " + points(s.weight());
    }

    private static String points(@Nullable BigDecimal v) {
        return v == null
                ? "—"
                : v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
