package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.i18n.Texts;
import org.attain.portfolio.PortfolioQueries;
import org.attain.portfolio.PortfolioShortfalls;
import org.attain.portfolio.ProjectOwners;
import org.attain.status.Checkpoint;

/**
 * Everything that falls short: first every project whose budget execution lags (双监控), then every indicator, each
 * with the sentence that explains it, the owner, reasons and corrective action. All of them, in a scrolling list (a grid
 * of one column, drawn in the browser) that asks the database for the lines in view: the screen holds those, never the year's shortfalls.
 */
public class ShortfallList extends Composite<Div> {

    /** Lines in view before the list scrolls. */
    static final int IN_VIEW = 8;

    private final Grid<ShortfallLine> list = new Grid<>();

    ShortfallList(PortfolioShortfalls shortfalls, PortfolioQueries.Reading reading, ProjectOwners owners, int total) {
        Div root = getContent();
        root.setId("shortfalls");
        root.addClassName("attain-shortfalls");
        if (total == 0) {
            root.add(new Paragraph(getTranslation("dashboard.shortfalls.none")));
            return;
        }
        Checkpoint at = reading.at();
        Texts t = Texts.of(getLocale());
        list.addColumn(LitRenderer.<ShortfallLine>of("<div class=\"attain-shortfall ${item.kind}\">"
                        + "<span class=\"attain-light ${item.cls}\" data-light=\"${item.light}\">${item.label}</span>"
                        + "<a href=\"${item.href}\" router-link>${item.title}</a>"
                        + "<span class=\"attain-sentence\">${item.sentence}</span>"
                        + "<span class=\"attain-explanation\" ?hidden=\"${!item.details}\">${item.details}</span>"
                        + "</div>")
                .withProperty("kind", l -> l.budget() ? "attain-shortfall-budget" : "")
                .withProperty("cls", l -> l.light().cssClass())
                .withProperty("light", l -> l.light().name())
                .withProperty("label", l -> ProjectCard.label(l.light(), this::getTranslation))
                .withProperty("href", ShortfallLine::href)
                .withProperty("title", ShortfallLine::title)
                .withProperty("sentence", ShortfallLine::sentence)
                .withProperty("details", ShortfallLine::details));
        list.addThemeVariants(
                GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setSelectionMode(Grid.SelectionMode.NONE);
        list.setPageSize(IN_VIEW * 2);
        list.setItems(
                query -> {
                    List<PortfolioShortfalls.Shortfall> slice =
                            shortfalls.slice(reading, query.getOffset(), query.getLimit());
                    Map<Long, List<String>> owner = owners.of(
                            slice.stream().map(s -> s.project().projectId()).collect(Collectors.toSet()));
                    return slice.stream().map(s -> ShortfallLine.of(s, at, owner, t));
                },
                query -> total); // the summary's count: the same rows, already counted
        list.setAllRowsVisible(total <= IN_VIEW);
        if (total > IN_VIEW) {
            list.setHeight(IN_VIEW * 5 + "rem");
        }
        list.setId("shortfall-list");
        root.add(list);
    }

    /** The lines from {@code offset}, as the browser would ask for them (for tests and the print route). */
    List<ShortfallLine> lines(int offset, int limit) {
        return list.getDataProvider()
                .fetch(new Query<>(offset, limit, List.of(), null, null))
                .toList();
    }
}
