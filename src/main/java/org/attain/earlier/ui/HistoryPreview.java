package org.attain.earlier.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.attain.base.ui.GridHeights;
import org.attain.i18n.Texts;
import org.attain.importing.ImportProblem;
import org.attain.importing.history.HistoryDocument;
import org.attain.importing.history.StatedBudget;
import org.attain.importing.history.StatedIndicator;
import org.attain.importing.history.StatedProject;
import org.jspecify.annotations.Nullable;

/**
 * What a history import will store, before anything is: per project the year and checkpoint, the funds block and
 * total as stated, every indicator with its target, actual, weight, score and reasons as read; the warnings by line.
 */
class HistoryPreview extends Composite<Div> {

    HistoryPreview(HistoryDocument doc, Locale locale) {
        Div root = getContent();
        root.setId("history-preview");
        Texts texts = Texts.of(locale);
        root.add(
                new Paragraph(getTranslation("history.import.kind." + doc.kind().name())));
        for (StatedProject p : doc.projects()) {
            root.add(new H3(getTranslation(
                    "history.import.project", p.draft().name(), p.draft().year(), texts.text(p.checkpoint()))));
            StatedBudget b = p.budget();
            root.add(new Paragraph(getTranslation(
                    "history.import.funds",
                    n(b.annual()),
                    n(b.executed()),
                    pct(b.rate()),
                    n(b.weight()),
                    n(b.score()))));
            if (p.total() != null) {
                root.add(new Paragraph(getTranslation(
                        "history.import.total",
                        n(p.total().score()),
                        n(p.total().weight()),
                        p.total().grade() == null ? "—" : p.total().grade())));
            }
            root.add(grid(p.indicators()));
        }
        if (!doc.warnings().isEmpty()) {
            UnorderedList list = new UnorderedList();
            doc.warnings().forEach(w -> list.add(new ListItem(line(w, locale))));
            root.add(
                    new H3(getTranslation(
                            "history.import.warnings", doc.warnings().size())),
                    list);
        }
    }

    private String line(ImportProblem w, Locale locale) {
        return (w.line() > 0 ? getTranslation("history.import.line", w.line()) + " " : "") + w.message(locale);
    }

    private Grid<StatedIndicator> grid(List<StatedIndicator> indicators) {
        Grid<StatedIndicator> grid = new Grid<>();
        grid.addClassName("history-preview-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridHeights.fit(grid, indicators.size());
        grid.addColumn(s -> s.indicator().name()).setKey("name").setHeader(getTranslation("history.compare.name"));
        grid.addColumn(s -> s.indicator().target().text())
                .setKey("target")
                .setHeader(getTranslation("history.import.target"));
        grid.addColumn(s -> text(s.actual())).setKey("actual").setHeader(getTranslation("history.import.actual"));
        grid.addColumn(s -> n(s.weight())).setKey("weight").setHeader(getTranslation("history.compare.statedWeight"));
        grid.addColumn(s -> n(s.score())).setKey("score").setHeader(getTranslation("history.compare.statedScore"));
        grid.addColumn(s -> text(s.reasons())).setKey("reasons").setHeader(getTranslation("history.import.reasons"));
        grid.setItems(indicators);
        return grid;
    }

    private static String text(@Nullable String s) {
        return s == null ? "—" : s;
    }

    private static String n(@Nullable BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static String pct(@Nullable BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
