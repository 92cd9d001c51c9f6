package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.attain.base.ui.Formats;
import org.attain.base.ui.Routes;
import org.attain.chart.ApexChart;
import org.attain.chart.ChartType;
import org.attain.chart.Series;
import org.attain.history.ChangeLog;
import org.attain.history.ChangeValues;
import org.attain.i18n.Texts;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.monitoring.HistoryPoint;
import org.attain.monitoring.MonitoringService;
import org.attain.portfolio.StatusService;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.security.Names;
import org.attain.security.People;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.IndicatorStatus;
import org.attain.status.Reading;
import org.attain.status.StatusEngine;
import org.attain.status.ui.LightBadge;
import org.attain.targets.Target;

/**
 * One indicator through the year: actuals against the expected-progress curve and the target line, the same
 * checkpoint in earlier years, reasons over time and the change history.
 */
@Route(Routes.INDICATOR)
@PermitAll
public class IndicatorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckpointParameter checkpoints;
    private final ProjectService projects;
    private final IndicatorService indicators;
    private final MonitoringService monitoring;
    private final StatusService status;
    private final People people;
    private String title = "Attain";

    IndicatorView(
            ProjectService projects,
            IndicatorService indicators,
            MonitoringService monitoring,
            StatusService status,
            CheckpointParameter checkpoints,
            People people) {
        this.people = people;
        this.checkpoints = checkpoints;
        this.projects = projects;
        this.indicators = indicators;
        this.monitoring = monitoring;
        this.status = status;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** One reported checkpoint with its light. */
    record Point(HistoryPoint history, IndicatorStatus status) {}

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundException::new);
        long indicatorId = event.getRouteParameters().getLong("indicatorId").orElseThrow(NotFoundException::new);
        Project project = projects.find(projectId).orElseThrow(NotFoundException::new);
        Indicator indicator = indicators
                .find(indicatorId)
                .filter(i -> i.getProjectId() == projectId)
                .orElseThrow(NotFoundException::new);
        Checkpoint at = checkpoints.read(event.getLocation(), project.getYear());
        Texts t = Texts.of(getLocale());
        title = indicator.getName() + " · Attain";
        List<Point> points = monitoring.history(indicatorId).stream()
                .map(h -> new Point(
                        h,
                        status.engine()
                                .evaluate(
                                        indicator.getName(),
                                        indicator.getTarget(),
                                        indicator.getProgressProfile(),
                                        h.checkpoint(),
                                        reading(h))))
                .toList();
        removeAll();
        add(PortfolioBreadcrumbs.toIndicator(at, projects.departmentPath(project), project, indicator));
        Target target = indicator.getTarget();
        Span meta = new Span(indicator.getCategory() + " › " + indicator.getSubcategory() + " · "
                + getTranslation("indicator.target") + " " + target.text() + " · " + getTranslation("indicator.profile")
                + " "
                + getTranslation(
                        "profile." + indicator.getProgressProfile().kind().name(),
                        indicator.getProgressProfile().dueMonth() == null
                                ? ""
                                : indicator.getProgressProfile().dueMonth()));
        meta.addClassName("attain-explanation");
        add(new H2(indicator.getName()), meta);
        points.stream()
                .filter(p -> p.history().checkpoint().equals(at))
                .findFirst()
                .ifPresent(p -> {
                    Paragraph now = new Paragraph();
                    Span sentence = new Span(" " + t.render(p.status().explanation()));
                    sentence.setId("current-sentence");
                    now.add(new LightBadge(p.status().light()), sentence);
                    now.setId("current-status");
                    add(now);
                });
        if (!target.isQualitative()) {
            add(historyChart(indicator, points, project.getYear()));
        }
        Names names = people.names(getLocale()); // people, not logins
        add(new H3(getTranslation("indicator.history")), historyGrid(points, t, names));
        add(new H3(getTranslation("indicator.earlier", at)), earlier(indicatorId, at, t));
        add(new H3(getTranslation("indicator.changes")), changes(indicatorId, names));
    }

    private static Reading reading(HistoryPoint h) {
        var v = h.values();
        return new Reading(v.actual(), v.actualLevel(), v.forecast(), v.forecastLevel(), v.likelihood());
    }

    private Component historyChart(Indicator indicator, List<Point> points, int year) {
        Target target = indicator.getTarget();
        List<String> months = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> expected = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Checkpoint c = new Checkpoint(year, m);
            months.add(getTranslation(c));
            int month = m;
            actual.add(points.stream()
                    .filter(p -> p.history().checkpoint().month() == month)
                    .findFirst()
                    .map(p -> p.history().values().actual())
                    .orElse(null));
            expected.add(StatusEngine.expectedByNow(target, indicator.getProgressProfile(), c));
        }
        ApexChart chart = new ApexChart(ChartType.LINE)
                .setTitle(getTranslation("indicator.chart"))
                .setCategories(months)
                .setColors(List.of("#1676f3", "#9aa5b1"))
                .setValueSuffix(target.unit() == null ? "" : target.unit())
                .setOption("stroke.width", List.of(3, 2))
                .setOption("stroke.dashArray", List.of(0, 6))
                .setOption("markers.size", 5)
                // from zero: an axis starting at 250人 makes 540 of 574 look like half
                .setOption("yaxis.min", 0)
                .addValueLine(
                        target.value().doubleValue(),
                        getTranslation("indicator.target") + " " + target.text(),
                        "#d63b3b");
        chart.setSeries(List.of(
                Series.of(getTranslation("entry.actual"), actual),
                Series.of(getTranslation("dashboard.tree.expected"), expected)));
        chart.setId("history-chart");
        return chart;
    }

    private Component historyGrid(List<Point> points, Texts t, Names names) {
        if (points.isEmpty()) {
            return new Paragraph(getTranslation("indicator.history.none"));
        }
        Grid<Point> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> t.text(p.history().checkpoint()))
                .setHeader(getTranslation("dashboard.checkpoint"))
                .setKey("checkpoint")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(p -> new LightBadge(p.status().light()))
                .setHeader(getTranslation("dashboard.grid.light"))
                .setKey("light")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(p -> t.render(p.status().explanation()))
                .setHeader(getTranslation("dashboard.tree.explanation"))
                .setKey("explanation")
                .setFlexGrow(3);
        grid.addColumn(p -> t.text(p.history().values().likelihood()))
                .setHeader(getTranslation("entry.likelihood"))
                .setKey("likelihood")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(p -> reasons(p, t))
                .setHeader(getTranslation("entry.reasons"))
                .setKey("reasons")
                .setFlexGrow(2);
        grid.addColumn(p -> p.history().values().correctiveAction() == null
                        ? ""
                        : p.history().values().correctiveAction())
                .setHeader(getTranslation("entry.correctiveAction"))
                .setKey("corrective")
                .setFlexGrow(2);
        grid.addColumn(p -> names.of(p.history().updatedBy()))
                .setHeader(getTranslation("indicator.by"))
                .setKey("by")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.setItems(points);
        grid.setAllRowsVisible(true);
        grid.setId("history-grid");
        return grid;
    }

    private static String reasons(Point p, Texts t) {
        var v = p.history().values();
        return t.render(new Deviation(v.reasons(), v.reasonText(), null, null).reasonSummary());
    }

    private Component earlier(long indicatorId, Checkpoint at, Texts t) {
        List<StatusService.EarlierYear> years = status.earlierYears(indicatorId, at.month());
        if (years.isEmpty()) {
            return new Paragraph(getTranslation("indicator.earlier.none"));
        }
        Grid<StatusService.EarlierYear> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(StatusService.EarlierYear::year)
                .setHeader(getTranslation("project.year"))
                .setKey("year");
        grid.addColumn(StatusService.EarlierYear::target)
                .setHeader(getTranslation("indicator.target"))
                .setKey("target");
        grid.addColumn(y -> y.actual() != null
                        ? y.actual().stripTrailingZeros().toPlainString() + (y.unit() == null ? "" : y.unit())
                        : y.level() != null ? t.text(y.level()) : "—")
                .setHeader(getTranslation("entry.actual"))
                .setKey("actual");
        grid.setItems(years);
        grid.setAllRowsVisible(true);
        grid.setId("earlier-grid");
        return grid;
    }

    private Component changes(long indicatorId, Names names) {
        List<ChangeLog.Change> list = monitoring.changes(indicatorId);
        if (list.isEmpty()) {
            return new Paragraph(getTranslation("indicator.changes.none"));
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        Grid<ChangeLog.Change> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> time.format(c.at()))
                .setHeader(getTranslation("indicator.when"))
                .setKey("when")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(c -> names.of(c.who()))
                .setHeader(getTranslation("indicator.by"))
                .setKey("who")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(c -> c.checkpoint() == null
                        ? ""
                        : Formats.checkpoint(
                                c.checkpoint(), "en".equals(getLocale().getLanguage())))
                .setHeader(getTranslation("dashboard.checkpoint"))
                .setKey("checkpoint")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("field." + c.field()))
                .setHeader(getTranslation("indicator.field"))
                .setKey("field")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(c -> ChangeValues.change(c.field(), c.oldValue(), c.newValue(), Texts.of(getLocale())))
                .setHeader(getTranslation("indicator.change"))
                .setKey("change")
                .setFlexGrow(3);
        grid.setItems(list);
        grid.setAllRowsVisible(list.size() <= 30);
        grid.setId("change-grid");
        return grid;
    }
}
