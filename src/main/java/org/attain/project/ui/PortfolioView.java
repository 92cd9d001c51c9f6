package org.attain.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.math.BigDecimal;
import java.util.List;
import org.attain.base.ui.Formats;
import org.attain.chart.ApexChart;
import org.attain.chart.ChartType;
import org.attain.chart.Series;
import org.attain.importing.ui.ImportView;
import org.attain.project.ProjectService;
import org.attain.project.ProjectSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The start page: every project of the year with its budget, in a lazy grid and a budget chart. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.portfolio")
public class PortfolioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int CHART_PROJECTS = 20;

    private final ProjectService projects;
    private Integer year;

    PortfolioView(ProjectService projects) {
        this.projects = projects;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.title") + " · Attain";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Integer> years = projects.years();
        year = event.getLocation().getQueryParameters().getSingleParameter("year").map(Integer::valueOf)
                .orElse(years.isEmpty() ? null : years.getFirst());
        removeAll();
        if (years.isEmpty()) {
            add(emptyState());
            return;
        }
        add(new H2(getTranslation("portfolio.heading", year)), figures(), budgetChart(), grid());
    }

    private Component emptyState() {
        Div empty = new Div();
        empty.addClassName("attain-empty");
        empty.add(new H2(getTranslation("portfolio.empty.title")),
                new Paragraph(getTranslation("portfolio.empty.text")),
                new RouterLink(getTranslation("portfolio.empty.import"), ImportView.class));
        return empty;
    }

    private Component figures() {
        FlexLayout figures = new FlexLayout();
        figures.addClassName("attain-figures");
        int count = projects.countSummaries(year);
        BigDecimal budget = projects.totalBudget(year);
        figures.add(figure(getTranslation("portfolio.figure.projects"), String.valueOf(count)),
                figure(getTranslation("portfolio.figure.budget"),
                        Formats.tenThousandYuan(budget, getLocale()) + " " + getTranslation("unit.wan")));
        return figures;
    }

    static Div figure(String label, String value) {
        Span v = new Span(value);
        v.addClassName("attain-figure-value");
        Span l = new Span(label);
        l.addClassName("attain-figure-label");
        Div figure = new Div(v, l);
        figure.addClassName("attain-figure");
        return figure;
    }

    private Component budgetChart() {
        List<ProjectSummary> top = projects.summaries(year,
                PageRequest.of(0, CHART_PROJECTS, Sort.by(Sort.Direction.DESC, "budget")));
        ApexChart chart = new ApexChart(ChartType.BAR)
                .setTitle(getTranslation("portfolio.chart.budget"))
                .setHorizontal(true)
                .setValueSuffix(" " + getTranslation("unit.wan"))
                .setCategories(top.stream().map(ProjectSummary::name).toList())
                .setColors(List.of("#1676f3"));
        chart.setChartHeight(Math.max(220, 40 * top.size() + 80));
        chart.setSeries(List.of(Series.of(getTranslation("project.budget"),
                top.stream().map(ProjectSummary::budget).toList())));
        chart.addPointClickListener(e -> ProjectView.showProject(top.get(e.getDataPointIndex()).id()));
        chart.addClassName("attain-chart");
        chart.setId("budget-chart");
        return chart;
    }

    private Component grid() {
        Grid<ProjectSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(p -> new RouterLink(p.name(), ProjectView.class, p.id()))
                .setHeader(getTranslation("project.name")).setKey("name").setSortProperty("name").setFlexGrow(3);
        grid.addColumn(ProjectSummary::department).setHeader(getTranslation("project.department"))
                .setKey("department").setSortProperty("department").setFlexGrow(1);
        grid.addColumn(p -> Formats.tenThousandYuan(p.budget(), getLocale()))
                .setHeader(getTranslation("project.budget.wan")).setKey("budget").setSortProperty("budget")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setFlexGrow(0).setWidth("9rem");
        grid.addColumn(ProjectSummary::annualIndicators).setHeader(getTranslation("project.indicators.annual"))
                .setKey("annual").setFlexGrow(0).setWidth("8rem");
        grid.addColumn(ProjectSummary::longTermIndicators).setHeader(getTranslation("project.indicators.longterm"))
                .setKey("longTerm").setFlexGrow(0).setWidth("8rem");
        grid.setItems(query -> projects.summaries(year, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> projects.countSummaries(year));
        if (projects.countSummaries(year) <= 30) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("36rem");
        }
        grid.setId("project-grid");
        return grid;
    }
}
