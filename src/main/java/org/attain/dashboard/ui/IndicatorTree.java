package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.base.ui.Routes;
import org.attain.base.ui.WindowWidth;
import org.attain.portfolio.IndicatorRow;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.attain.status.ui.LightBadge;

/**
 * The annual indicators as approved, 一级 → 二级 → 三级, each with actual, expectation, forecast and light, the light's
 * sentence and the reasons and corrective action in one column that wraps. On a phone the figures fold into the
 * indicator's own cell, one card per indicator, so that nothing needs scrolling sideways.
 */
class IndicatorTree extends Composite<TreeGrid<IndicatorTree.Node>> {

    /** A category or subcategory (row == null) or an indicator. */
    record Node(String label, IndicatorRow row, Light light) {}

    private static final List<String> FIGURES =
            List.of("target", "actual", "expected", "forecast", "attainment", "light", "explanation");
    private final Checkpoint at;
    private final boolean en;
    private boolean cards;

    IndicatorTree(List<IndicatorRow> rows, Checkpoint at) {
        this.at = at;
        this.en = "en".equals(getLocale().getLanguage());
        TreeGrid<Node> grid = getContent();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentHierarchyColumn(this::name)
                .setHeader(getTranslation("dashboard.tree.indicator"))
                .setKey("name")
                .setFlexGrow(0)
                .setWidth("13rem");
        column(grid, n -> n.row().target().text(), "target", getTranslation("indicator.target"), "5.5rem");
        column(
                grid,
                n -> IndicatorText.actual(n.row(), en),
                "actual",
                getTranslation("dashboard.tree.actual", at),
                "5.5rem");
        column(
                grid,
                n -> IndicatorText.expected(n.row()),
                "expected",
                getTranslation("dashboard.tree.expected"),
                "5.5rem");
        column(grid, n -> IndicatorText.forecast(n.row(), en), "forecast", getTranslation("entry.forecast"), "5.5rem");
        column(
                grid,
                n -> IndicatorText.attainment(n.row()),
                "attainment",
                getTranslation("dashboard.tree.attainment"),
                "4.5rem");
        grid.addComponentColumn(n -> new LightBadge(n.light()))
                .setHeader(getTranslation("dashboard.grid.light"))
                .setKey("light")
                .setWidth("9rem") // the widest badge, "… 未到评价期", needs 137 px
                .setFlexGrow(0);
        grid.addComponentColumn(n -> n.row() == null ? new Span() : IndicatorText.explanation(n.row(), en))
                .setHeader(
                        getTranslation("dashboard.tree.explanation") + " · " + getTranslation("dashboard.tree.reasons"))
                .setKey("explanation")
                .setFlexGrow(1)
                .setWidth("16rem");
        grid.addColumn(n -> n.row() == null ? "" : IndicatorText.reasonsAndAction(this, n.row(), en))
                .setKey("reasons")
                .setVisible(false);
        grid.setTreeData(tree(rows));
        grid.expandRecursively(grid.getTreeData().getRootItems(), 2);
        grid.setAllRowsVisible(true);
        grid.setId("indicator-tree");
        grid.addClassName("attain-has-print");
        grid.setAriaLabel(getTranslation("project.table.annual"));
        WindowWidth.onNarrow(this, this::showCards);
    }

    private void column(
            TreeGrid<Node> grid, ValueProvider<Node, String> value, String key, String header, String width) {
        grid.addColumn(n -> n.row() == null ? "" : value.apply(n))
                .setHeader(header)
                .setKey(key)
                .setWidth(width)
                .setFlexGrow(0);
    }

    /** Cards on a phone: the figures, sentence and reasons inside the indicator's cell; the other columns hidden. */
    void showCards(boolean narrow) {
        cards = narrow;
        FIGURES.forEach(key -> getContent().getColumnByKey(key).setVisible(!narrow));
        Grid.Column<Node> name = getContent().getColumnByKey("name");
        name.setFlexGrow(narrow ? 1 : 0);
        name.setWidth(narrow ? "10rem" : "13rem");
        getContent().getDataProvider().refreshAll();
    }

    private Component name(Node n) {
        if (n.row() == null) {
            return cards ? new Span(new Span(n.label() + " "), new LightBadge(n.light())) : new Span(n.label());
        }
        Component link = Routes.link(
                n.row().name(), Routes.indicator(n.row().projectId(), n.row().indicatorId(), at));
        return cards ? IndicatorCard.of(link, n.row(), at, en) : link;
    }

    private static TreeData<Node> tree(List<IndicatorRow> rows) {
        TreeData<Node> data = new TreeData<>();
        Map<String, Map<String, List<IndicatorRow>>> tree = new LinkedHashMap<>();
        rows.forEach(r -> tree.computeIfAbsent(r.category(), k -> new LinkedHashMap<>())
                .computeIfAbsent(r.subcategory(), k -> new ArrayList<>())
                .add(r));
        tree.forEach((category, subs) -> {
            Node c = new Node(
                    category,
                    null,
                    worst(subs.values().stream().flatMap(List::stream).toList()));
            data.addItem(null, c);
            subs.forEach((sub, list) -> {
                Node s = new Node(sub, null, worst(list));
                data.addItem(c, s);
                list.forEach(
                        r -> data.addItem(s, new Node(r.name(), r, r.status().light())));
            });
        });
        return data;
    }

    private static Light worst(List<IndicatorRow> rows) {
        Light worst = Light.NOT_REPORTED;
        for (IndicatorRow r : rows) {
            worst = Light.worse(worst, r.status().light());
        }
        return worst;
    }
}
