package org.attain.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attain.base.ui.GridHeights;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.importing.Finding;
import org.attain.importing.ImportProblem;
import org.attain.importing.ImportReport;
import org.attain.importing.ProjectDraft;
import org.attain.indicator.GoalTable;

/**
 * What an import would store, before anything is stored: the projects in one list, then each project's indicator
 * table as it will be stored beside the warnings about it, the warnings about the document as a whole, and the
 * consistency findings.
 */
class ImportPreview extends Composite<Div> {

    ImportPreview(String fileName, ImportReport report, Locale locale) {
        Div content = getContent();
        List<ProjectDraft> projects = report.document().projects();
        content.add(new H3(getTranslation("import.preview", fileName, projects.size(), report.indicatorCount())));
        Grid<ProjectDraft> grid = projectGrid(projects);
        content.add(grid);
        if (projects.size() <= GridHeights.ALL_ROWS_UP_TO) {
            for (int i = 0; i < projects.size(); i++) {
                content.add(new ProjectPreview(projects.get(i), locale, i == 0));
            }
        } else {
            // a thousand indicator tables at once took the browser half a minute: one at a time, the row chosen
            Div chosen = new Div(new ProjectPreview(projects.getFirst(), locale, true));
            chosen.setId("preview-chosen");
            chosen.setWidthFull();
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    chosen.removeAll();
                    chosen.add(new ProjectPreview(e.getValue(), locale, true));
                }
            });
            content.add(new Paragraph(getTranslation("import.preview.pick")), chosen);
        }
        Set<ImportProblem> ofProjects = Collections.newSetFromMap(new IdentityHashMap<>());
        projects.forEach(p -> ofProjects.addAll(p.warnings()));
        List<ImportProblem> others = report.document().warnings().stream()
                .filter(w -> !ofProjects.contains(w))
                .toList();
        if (!others.isEmpty()) {
            content.add(new H3(getTranslation("import.warnings", others.size())), problems(others, locale));
        }
        content.add(new H3(getTranslation("import.findings")), findings(report.findings()));
    }

    private Grid<ProjectDraft> projectGrid(List<ProjectDraft> projects) {
        Grid<ProjectDraft> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ProjectDraft::name)
                .setHeader(getTranslation("project.name"))
                .setKey("name")
                .setFlexGrow(3);
        grid.addColumn(ProjectDraft::year)
                .setHeader(getTranslation("project.year"))
                .setKey("year");
        grid.addColumn(p -> p.budget() == null
                        ? "—"
                        : p.budget().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("project.budget.wan"))
                .setKey("budget");
        grid.addColumn(p -> p.indicators(GoalTable.ANNUAL).size())
                .setHeader(getTranslation("project.indicators.annual"))
                .setKey("annual");
        grid.addColumn(p -> p.indicators(GoalTable.LONG_TERM).size())
                .setHeader(getTranslation("project.indicators.longterm"))
                .setKey("longTerm");
        grid.addColumn(p -> p.warnings().size())
                .setHeader(getTranslation("import.project.warnings"))
                .setKey("warnings");
        grid.setItems(projects);
        GridHeights.fit(grid, projects.size());
        grid.setId("preview-projects");
        return grid;
    }

    /** Problems as a list, each with its line when it has one, in the reader's language. */
    static Component problems(List<ImportProblem> problems, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("attain-problems");
        problems.forEach(p -> list.add(new ListItem(
                p.line() > 0
                        ? MessagesI18NProvider.Messages.get("import.line", locale, p.line(), p.message(locale))
                        : p.message(locale))));
        return list;
    }

    private Component findings(List<Finding> findings) {
        UnorderedList list = new UnorderedList();
        findings.forEach(f -> list.add(new ListItem((f.severity() == Finding.Severity.OK ? "✓ " : "⚠ ") + f.project()
                + ": " + getTranslation(f.message()))));
        return list;
    }
}
