package org.attain.importing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.Locale;
import org.attain.importing.IndicatorDraft;
import org.attain.importing.ProjectDraft;
import org.attain.indicator.GoalTable;

/**
 * One project of a previewed document: its indicator table exactly as it will be stored (levels, name, the target as
 * written and as read), and beside it the warnings found while reading this project.
 */
class ProjectPreview extends Composite<Details> {

    ProjectPreview(ProjectDraft p, Locale locale, boolean opened) {
        Details details = getContent();
        details.setSummaryText(getTranslation(
                "import.project.summary",
                p.name(),
                p.year(),
                p.budget() == null ? "—" : p.budget().stripTrailingZeros().toPlainString(),
                p.indicators().size(),
                p.warnings().size()));
        details.setOpened(opened);
        details.setWidthFull();
        FlexLayout body = new FlexLayout(indicators(p.indicators()), warnings(p, locale));
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.addClassNames("gap-m");
        body.setWidthFull();
        details.add(fields(p), body);
    }

    private Paragraph fields(ProjectDraft p) {
        String department = p.department() == null ? "—" : p.department();
        String unit = p.unit() == null ? "—" : p.unit();
        return new Paragraph(getTranslation(
                "import.project.fields", department, unit, p.projectType() == null ? "—" : p.projectType()));
    }

    private Grid<IndicatorDraft> indicators(List<IndicatorDraft> indicators) {
        Grid<IndicatorDraft> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i ->
                        getTranslation(i.table() == GoalTable.ANNUAL ? "import.table.annual" : "import.table.longterm"))
                .setHeader(getTranslation("import.table"))
                .setKey("table")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IndicatorDraft::category)
                .setHeader(getTranslation("indicator.category"))
                .setKey("category")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(IndicatorDraft::subcategory)
                .setHeader(getTranslation("indicator.subcategory"))
                .setKey("subcategory")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(IndicatorDraft::name)
                .setHeader(getTranslation("indicator.name"))
                .setKey("name")
                .setFlexGrow(1);
        grid.addColumn(i -> i.target().text())
                .setHeader(getTranslation("indicator.target"))
                .setKey("target")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(this::readAs)
                .setHeader(getTranslation("import.readAs"))
                .setKey("readAs")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(i -> i.targetBasis() == null ? "" : i.targetBasis())
                .setHeader(getTranslation("indicator.basis"))
                .setKey("basis")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.setItems(indicators);
        grid.setAllRowsVisible(true);
        grid.addClassName("attain-import-indicators");
        grid.getStyle().set("flex", "3 1 46rem");
        return grid;
    }

    /** The target as it will be compared: "≥ 574 人", "≤ 52 万元", or qualitative. */
    private String readAs(IndicatorDraft i) {
        var t = i.target();
        if (t.isQualitative() || t.value() == null || t.comparator() == null) {
            return getTranslation("import.readAs.qualitative");
        }
        String value = t.comparator().symbol() + " "
                + t.value().stripTrailingZeros().toPlainString() + (t.unit() == null ? "" : " " + t.unit());
        return t.explicit() ? value : getTranslation("import.readAs.implied", value);
    }

    private Div warnings(ProjectDraft p, Locale locale) {
        Div box = new Div();
        box.getStyle().set("flex", "1 1 16rem");
        box.addClassName("attain-import-warnings");
        if (p.warnings().isEmpty()) {
            box.add(new Paragraph(getTranslation("import.project.noWarnings")));
        } else {
            box.add(ImportPreview.problems(p.warnings(), locale));
        }
        return box;
    }
}
