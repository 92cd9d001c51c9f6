package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import org.attain.base.ui.Formats;
import org.attain.i18n.Texts;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;

/** The 绩效运行监控表 of a project in the app, in the official columns: the funds block and the indicator block. */
class MonitoringTable extends Composite<Div> {

    MonitoringTable(ProjectStatus p) {
        Texts t = Texts.of(getLocale());
        boolean en = t.isEnglish();
        String m = t.text(p.checkpoint());
        var b = p.budgetStatus();
        Paragraph funds = new Paragraph(getTranslation(
                "monitoring.funds",
                plain(p.initialBudget()),
                plain(p.budget()),
                m,
                b.executed() == null ? "—" : plain(b.executed()),
                Formats.rate(b.rate()),
                p.forecastSpending() == null ? "—" : plain(p.forecastSpending())));
        funds.setId("monitoring-funds");
        Grid<IndicatorRow> grid = new Grid<>();
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(IndicatorRow::category)
                .setHeader(getTranslation("indicator.category"))
                .setKey("category")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(IndicatorRow::subcategory)
                .setHeader(getTranslation("indicator.subcategory"))
                .setKey("subcategory")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(IndicatorRow::name)
                .setHeader(getTranslation("indicator.name"))
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(r -> r.target().text())
                .setHeader(getTranslation("monitoring.target"))
                .setKey("target")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(r -> IndicatorText.actual(r, en))
                .setHeader(getTranslation("monitoring.actual", m))
                .setKey("actual")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(r -> IndicatorText.forecast(r, en))
                .setHeader(getTranslation("monitoring.forecast"))
                .setKey("forecast")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(r -> t.render(r.deviation().reasonSummary()))
                .setHeader(getTranslation("monitoring.reasons"))
                .setKey("reasons")
                .setFlexGrow(2);
        grid.addColumn(r -> t.text(r.likelihood()))
                .setHeader(getTranslation("entry.likelihood"))
                .setKey("likelihood")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.correctiveAction() == null ? "" : r.correctiveAction())
                .setHeader(getTranslation("entry.correctiveAction"))
                .setKey("corrective")
                .setFlexGrow(2);
        grid.addColumn(r -> r.note() == null ? "" : r.note())
                .setHeader(getTranslation("entry.note"))
                .setKey("note")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.setItems(p.indicators());
        grid.setAllRowsVisible(true);
        grid.setId("monitoring-table");
        getContent().add(funds, grid);
    }

    /** Amounts with two decimals, as the printed table has them. */
    private String plain(BigDecimal v) {
        return Formats.tenThousandYuan(v, getLocale());
    }
}
