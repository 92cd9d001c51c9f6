package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.attain.base.ui.Formats;
import org.attain.base.ui.Routes;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.portfolio.StatusService;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.ProjectService;
import org.attain.round.ReportingRounds;
import org.attain.round.ui.OwnerTasks;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.attain.security.UserService;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.attain.status.ui.LightBadge;

/**
 * The leaders' screen: for a year and checkpoint (in the URL), where every project stands — figures, charts, the
 * project list and every shortfall with its explanation. Clicking a bar, a cell or a name opens the project.
 */
@Route(Routes.PORTFOLIO)
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.portfolio")
@PermitAll
public class PortfolioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int CHART_PROJECTS = 25;

    private final ProjectService projects;
    private final StatusService status;
    private final SelfEvaluationService selfEvaluation;
    private final UserService users;
    private final ReportingRounds rounds;
    private final CurrentUser currentUser;
    private final CheckpointParameter checkpoints;

    PortfolioView(
            ProjectService projects,
            StatusService status,
            SelfEvaluationService selfEvaluation,
            UserService users,
            ReportingRounds rounds,
            CurrentUser currentUser,
            CheckpointParameter checkpoints) {
        this.checkpoints = checkpoints;
        this.users = users;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.projects = projects;
        this.status = status;
        this.selfEvaluation = selfEvaluation;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.title") + " · Attain";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Integer> years = projects.years();
        if (years.isEmpty()) {
            add(emptyState());
            return;
        }
        Checkpoint at = chosen(event, years);
        PortfolioStatus portfolio = status.portfolio(at);
        HorizontalLayout head = new HorizontalLayout(
                new H2(getTranslation("dashboard.heading", at.year(), at)),
                new CheckpointPicker(years, at, c -> Routes.go(Routes.portfolio(c))));
        head.setWidthFull();
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(FlexComponent.Alignment.END);
        head.addClassName("attain-head");
        add(head);
        if (currentUser.has(Role.PROJECT_OWNER)) {
            add(new OwnerTasks(rounds.tasks(currentUser.name()), rounds.today()));
        }
        if (portfolio.projects().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.noProjects", at.year())));
            return;
        }
        add(
                figures(portfolio),
                charts(portfolio),
                new H3(getTranslation(
                        "dashboard.shortfalls",
                        portfolio.shortfalls().size()
                                + portfolio.budgetShortfalls().size())),
                new ShortfallList(portfolio.budgetShortfalls(), portfolio.shortfalls(), at, users.ownersByProject()),
                new H3(getTranslation("dashboard.projects")),
                new ProjectStatusGrid(portfolio.worstFirst()));
    }

    /** The checkpoint in the URL, else the default of the year in the URL ({@code ?year=2024}), else the newest. */
    private Checkpoint chosen(BeforeEnterEvent event, List<Integer> years) {
        int year = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("year")
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::valueOf)
                .filter(years::contains)
                .orElse(years.getFirst());
        return checkpoints.read(event.getLocation(), years, year);
    }

    private Component emptyState() {
        Div empty = new Div();
        empty.addClassName("attain-empty");
        empty.add(
                new H2(getTranslation("portfolio.empty.title")),
                new Paragraph(getTranslation("portfolio.empty.text")),
                Routes.link(getTranslation("portfolio.empty.import"), Routes.importing()));
        return empty;
    }

    private Component figures(PortfolioStatus p) {
        FlexLayout figures = new FlexLayout();
        figures.addClassName("attain-figures");
        figures.setId("figures");
        BigDecimal rate = p.executionRate();
        BigDecimal t = p.checkpoint().timeProgress();
        String wan = " " + getTranslation("unit.wan");
        figures.add(
                Figure.of(
                        getTranslation("portfolio.figure.budget"),
                        Formats.tenThousandYuan(p.totalBudget(), getLocale()) + wan),
                Figure.of(
                        getTranslation("dashboard.figure.executed"),
                        Formats.tenThousandYuan(p.totalExecuted(), getLocale()) + wan),
                Figure.of(
                        getTranslation("dashboard.figure.rate"),
                        Formats.rate(rate) + " / " + Formats.rate(t),
                        rate != null && rate.compareTo(t) < 0 ? "attain-figure-behind" : null),
                lightFigure(getTranslation("dashboard.figure.indicators"), p.indicatorsByLight()),
                lightFigure(getTranslation("dashboard.figure.projects"), p.projectsByLight()));
        var projected = selfEvaluation.projected(p).values();
        if (!projected.isEmpty()) {
            BigDecimal mean = projected.stream()
                    .map(org.attain.assessment.SelfEvaluation::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(projected.size()), 1, java.math.RoundingMode.HALF_UP);
            figures.add(Figure.of(
                    getTranslation("dashboard.figure.projected"),
                    mean.stripTrailingZeros().toPlainString() + " · "
                            + getTranslation(org.attain.assessment.Grade.of(mean))));
        }
        return figures;
    }

    private Component charts(PortfolioStatus p) {
        List<ProjectStatus> top =
                p.worstFirst().subList(0, Math.min(CHART_PROJECTS, p.projects().size()));
        PortfolioCharts.Labels labels = this::getTranslation;
        Div grid = new Div(
                PortfolioCharts.execution(top, p.checkpoint().timeProgress(), labels, this::open),
                PortfolioCharts.lights(top, labels, this::open),
                PortfolioCharts.heatMap(top, labels, this::open));
        grid.addClassName("attain-chart-grid");
        if (p.projects().size() > CHART_PROJECTS) {
            grid.add(new Paragraph(getTranslation(
                    "dashboard.chart.top", CHART_PROJECTS, p.projects().size())));
        }
        return grid;
    }

    private void open(long projectId) {
        Routes.go(Routes.project(projectId));
    }

    private Div lightFigure(String label, Map<Light, Integer> counts) {
        Div badges = new Div();
        badges.addClassName("attain-figure-lights");
        for (Light l : Light.inWorstFirstOrder()) {
            if (counts.get(l) > 0) {
                LightBadge badge = new LightBadge(l);
                badge.setText(l.symbol() + " " + getTranslation("light." + l.name()) + " " + counts.get(l));
                badges.add(badge);
            }
        }
        Span l = new Span(label);
        l.addClassName("attain-figure-label");
        Div figure = new Div(badges, l);
        figure.addClassName("attain-figure");
        return figure;
    }
}
