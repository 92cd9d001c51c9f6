package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.Map;
import org.attain.earlier.LastYearValue;
import org.attain.i18n.Texts;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.QualitativeLevel;
import org.jspecify.annotations.Nullable;

/**
 * "The same checkpoint last year": each annual indicator of this project beside the value the indicator of the same
 * name had in last year's project of the same name (within the department) at the same month, where history exists.
 * Nothing is shown when there is none.
 */
final class LastYearTable {

    private LastYearTable() {}

    static Component of(ProjectStatus ps, Map<Long, LastYearValue> lastYear) {
        if (lastYear.isEmpty()) {
            return new Div();
        }
        UI ui = UI.getCurrent();
        Texts texts = Texts.of(ui.getLocale());
        Grid<IndicatorRow> grid = new Grid<>();
        grid.setId("last-year-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(IndicatorRow::name)
                .setKey("name")
                .setHeader(ui.getTranslation("history.lastYear.name"))
                .setFlexGrow(3);
        grid.addColumn(r -> value(
                        r.reading().actual(), r.target().unit(), r.reading().actualLevel(), null, texts))
                .setKey("this-year")
                .setHeader(ui.getTranslation("history.lastYear.thisYear"));
        grid.addColumn(r -> {
                    LastYearValue v = lastYear.get(r.indicatorId());
                    return v == null ? "—" : value(v.value(), v.unit(), v.level(), v.written(), texts);
                })
                .setKey("last-year")
                .setHeader(ui.getTranslation("history.lastYear.lastYear"));
        grid.addColumn(r -> lastYear.containsKey(r.indicatorId())
                        ? lastYear.get(r.indicatorId()).target()
                        : "—")
                .setKey("last-year-target")
                .setHeader(ui.getTranslation("history.lastYear.target"));
        grid.setItems(ps.indicators());
        LastYearValue any = lastYear.values().iterator().next();
        Details details =
                new Details(ui.getTranslation("history.lastYear.heading", texts.text(any.checkpoint())), grid);
        details.addClassName("attain-folded");
        details.setWidthFull();
        details.setId("last-year-section");
        return details;
    }

    private static String value(
            @Nullable BigDecimal value,
            @Nullable String unit,
            @Nullable QualitativeLevel level,
            @Nullable String written,
            Texts texts) {
        if (value != null) {
            return value.stripTrailingZeros().toPlainString() + (unit == null ? "" : unit);
        }
        if (level != null) {
            return texts.text(level);
        }
        return written == null ? "—" : written;
    }
}
