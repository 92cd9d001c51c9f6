package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.monitoring.IndicatorRow;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.attain.status.ui.LightBadge;

/** The annual indicators as approved, 一级 → 二级 → 三级, each with actual, expectation, forecast and light. */
class IndicatorTree extends Composite<TreeGrid<IndicatorTree.Node>> {

    /** A category or subcategory (row == null) or an indicator. */
    record Node(String label, IndicatorRow row, Light light) {
    }

    IndicatorTree(List<IndicatorRow> rows, Checkpoint at) {
        boolean en = "en".equals(getLocale().getLanguage());
        TreeGrid<Node> grid = getContent();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentHierarchyColumn(n -> n.row() == null ? new Span(n.label()) : link(n.row(), at))
                .setHeader(getTranslation("dashboard.tree.indicator")).setKey("name").setFlexGrow(0).setWidth("12rem");
        grid.addColumn(n -> n.row() == null ? "" : n.row().target().text()).setHeader(getTranslation("indicator.target"))
                .setKey("target").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(n -> n.row() == null ? "" : actual(n.row(), en)).setHeader(getTranslation("dashboard.tree.actual", at.label(en)))
                .setKey("actual").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(n -> n.row() == null || n.row().status().expected() == null ? ""
                        : plain(n.row().status().expected()) + unit(n.row()))
                .setHeader(getTranslation("dashboard.tree.expected")).setKey("expected").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(n -> n.row() == null ? "" : forecast(n.row(), en)).setHeader(getTranslation("entry.forecast"))
                .setKey("forecast").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(n -> n.row() == null || n.row().status().attainment() == null ? ""
                        : PortfolioCharts.percent(n.row().status().attainment()).stripTrailingZeros().toPlainString() + "%")
                .setHeader(getTranslation("dashboard.tree.attainment")).setKey("attainment").setWidth("4.5rem").setFlexGrow(0);
        grid.addComponentColumn(n -> new LightBadge(n.light())).setHeader(getTranslation("dashboard.grid.light"))
                .setKey("light").setWidth("7rem").setFlexGrow(0);
        // the sentence and, under it, the reasons and corrective action: what a leader came to read, in one column
        // that fits a 1366-pixel screen beside the figures
        grid.addComponentColumn(n -> explanation(n, en))
                .setHeader(getTranslation("dashboard.tree.explanation") + " · " + getTranslation("dashboard.tree.reasons"))
                .setKey("explanation").setFlexGrow(1).setWidth("16rem");
        grid.addColumn(n -> n.row() == null ? "" : reasonsAndAction(n.row(), en)).setKey("reasons").setVisible(false);
        TreeData<Node> data = new TreeData<>();
        Map<String, Map<String, List<IndicatorRow>>> tree = new LinkedHashMap<>();
        rows.forEach(r -> tree.computeIfAbsent(r.category(), k -> new LinkedHashMap<>())
                .computeIfAbsent(r.subcategory(), k -> new java.util.ArrayList<>()).add(r));
        tree.forEach((category, subs) -> {
            Node c = new Node(category, null, worst(subs.values().stream().flatMap(List::stream).toList()));
            data.addItem(null, c);
            subs.forEach((sub, list) -> {
                Node s = new Node(sub, null, worst(list));
                data.addItem(c, s);
                list.forEach(r -> data.addItem(s, new Node(r.name(), r, r.status().light())));
            });
        });
        grid.setTreeData(data);
        grid.expandRecursively(data.getRootItems(), 2);
        grid.setAllRowsVisible(true);
        grid.setId("indicator-tree");
    }

    private Component explanation(Node n, boolean en) {
        com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div();
        if (n.row() == null) {
            return cell;
        }
        cell.add(new Span(n.row().status().explanation(en)));
        String why = reasonsAndAction(n.row(), en);
        if (!why.isEmpty()) {
            Span reasons = new Span(why);
            reasons.addClassNames("attain-explanation", "attain-tree-reasons");
            cell.add(reasons);
        }
        return cell;
    }

    private static Component link(IndicatorRow r, Checkpoint at) {
        RouterLink link = new RouterLink(r.name(), IndicatorView.class, new RouteParameters(Map.of("projectId",
                String.valueOf(r.projectId()), "indicatorId", String.valueOf(r.indicatorId()))));
        link.setQueryParameters(ProjectStatusGrid.at(at));
        return link;
    }

    private String reasonsAndAction(IndicatorRow r, boolean en) {
        String reasons = r.reasonSummary(en);
        String action = r.correctiveAction() == null ? "" : r.correctiveAction().strip();
        if (action.isEmpty()) {
            return reasons;
        }
        return (reasons.isEmpty() ? "" : reasons + " · ") + getTranslation("entry.correctiveAction") + (en ? ": " : "：") + action;
    }

    private static Light worst(List<IndicatorRow> rows) {
        Light worst = Light.NOT_REPORTED;
        for (IndicatorRow r : rows) {
            worst = Light.worse(worst, r.status().light());
        }
        return worst;
    }

    static String actual(IndicatorRow r, boolean en) {
        if (r.reading().actual() != null) {
            return plain(r.reading().actual()) + unit(r);
        }
        return r.reading().actualLevel() == null ? "—" : r.reading().actualLevel().label(en);
    }

    static String forecast(IndicatorRow r, boolean en) {
        if (r.reading().forecast() != null) {
            return plain(r.reading().forecast()) + unit(r);
        }
        return r.reading().forecastLevel() == null ? "—" : r.reading().forecastLevel().label(en);
    }

    private static String unit(IndicatorRow r) {
        return r.target().unit() == null ? "" : r.target().unit();
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
