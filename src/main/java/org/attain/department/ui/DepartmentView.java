package org.attain.department.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.attain.assessment.DepartmentEvaluation;
import org.attain.assessment.DepartmentEvaluation.ProjectLine;
import org.attain.base.ui.Downloads;
import org.attain.base.ui.GridHeights;
import org.attain.base.ui.Routes;
import org.attain.department.DepartmentEvaluations;
import org.attain.department.DepartmentText;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

/**
 * The department-wide self-evaluation (部门整体绩效自评): the department's budget execution, its score with each
 * project weighted by its budget, every project's figures and the list of shortfalls; downloadable as xlsx and PDF.
 */
@Route(Routes.DEPARTMENT)
@PageTitle("Attain")
@Menu(order = 5.2, icon = "vaadin:office", title = "nav.department")
@RolesAllowed({Role.OFFICER, Role.LEADERSHIP})
public class DepartmentView extends VerticalLayout implements BeforeEnterObserver {

    private final DepartmentEvaluations evaluations;
    private final ProjectService projects;
    private final CheckpointParameter checkpoints;

    DepartmentView(DepartmentEvaluations evaluations, ProjectService projects, CheckpointParameter checkpoints) {
        this.evaluations = evaluations;
        this.projects = projects;
        this.checkpoints = checkpoints;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Checkpoint at = checkpoints.read(event.getLocation(), projects.years());
        add(new H2(getTranslation("department.heading", String.valueOf(at.year()), at)));
        for (String department : evaluations.departments(at)) {
            show(evaluations.evaluate(department, at), at);
        }
    }

    private void show(DepartmentEvaluation e, Checkpoint at) {
        Paragraph headline = new Paragraph(DepartmentText.headline(e, getLocale()));
        headline.setId("department-headline");
        headline.addClassName("attain-figure-value");
        String file = "department-" + at.iso();
        add(
                new H3(e.department()),
                headline,
                new Paragraph(DepartmentText.profile(e, getLocale())),
                grid(e),
                new HorizontalLayout(
                        Downloads.link(
                                "Excel",
                                file + ".xlsx",
                                Downloads.XLSX,
                                () -> evaluations.xlsx(e.department(), at),
                                "department-xlsx"),
                        Downloads.link(
                                "PDF",
                                file + ".pdf",
                                "application/pdf",
                                () -> evaluations.pdf(e.department(), at),
                                "department-pdf")),
                new H3(getTranslation("department.shortfalls", e.shortfalls().size())),
                shortfalls(e));
    }

    private Grid<ProjectLine> grid(DepartmentEvaluation e) {
        Grid<ProjectLine> grid = new Grid<>();
        grid.setId("department-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridHeights.fit(grid, e.projects().size());
        grid.addColumn(ProjectLine::name)
                .setHeader(getTranslation("project.name"))
                .setKey("project")
                .setFlexGrow(3);
        grid.addColumn(p -> plain(p.budget()))
                .setHeader(getTranslation("department.col.budget"))
                .setKey("budget");
        grid.addColumn(p -> plain(p.executed()))
                .setHeader(getTranslation("department.col.executed"))
                .setKey("executed");
        grid.addColumn(p -> DepartmentText.pct(
                        p.executed() == null || p.budget().signum() == 0
                                ? null
                                : p.executed().divide(p.budget(), 4, RoundingMode.HALF_UP)))
                .setHeader(getTranslation("department.col.rate"))
                .setKey("rate");
        grid.addColumn(p -> plain(p.score()))
                .setHeader(getTranslation("department.col.score"))
                .setKey("score");
        grid.addColumn(p -> DepartmentText.pct(e.weight(p)))
                .setHeader(getTranslation("department.col.weight"))
                .setKey("weight");
        grid.setItems(e.projects());
        return grid;
    }

    private UnorderedList shortfalls(DepartmentEvaluation e) {
        UnorderedList list = new UnorderedList();
        list.setId("department-shortfalls");
        boolean en = "en".equals(getLocale().getLanguage());
        e.shortfalls()
                .forEach(s -> list.add(new ListItem(s.project() + " · "
                        + (s.indicator() == null ? getTranslation("review.item.budget") : s.indicator()) + " — "
                        + (en ? s.sentenceEn() : s.sentenceZh()))));
        return list;
    }

    private static String plain(BigDecimal v) {
        return v == null
                ? "—"
                : v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
