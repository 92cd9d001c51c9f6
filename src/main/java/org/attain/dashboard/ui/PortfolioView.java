package org.attain.dashboard.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.base.ui.Formats;
import org.attain.importing.ui.ImportView;
import org.attain.monitoring.PortfolioStatus;
import org.attain.monitoring.ProjectStatus;
import org.attain.monitoring.StatusService;
import org.attain.project.ProjectService;
import org.attain.round.ReportingRounds;
import org.attain.round.ui.OwnerTasks;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.attain.status.ui.LightBadge;

/**
 * The leaders' screen: for a year and checkpoint (in the URL), where every project stands — figures, charts, the
 * project list and every shortfall with its explanation. Clicking a bar, a cell or a name opens the project.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.portfolio")
@PermitAll
public class PortfolioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int CHART_PROJECTS = 25;

    private final ProjectService projects;
    private final StatusService status;
    private final org.attain.assessment.SelfEvaluationService selfEvaluation;
    private final org.attain.security.UserService users;
    private final ReportingRounds rounds;
    private final CurrentUser currentUser;

    PortfolioView(ProjectService projects, StatusService status,
            org.attain.assessment.SelfEvaluationService selfEvaluation, org.attain.security.UserService users,
            ReportingRounds rounds, CurrentUser currentUser) {
        this.users = users;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.projects = projects;
        this.status = status;
        this.selfEvaluation = selfEvaluation;
        addClassName("attain-page");
        setWidthFull();
    }

    public static void show(Checkpoint at) {
        UI.getCurrent().navigate(PortfolioView.class, QueryParameters.simple(Map.of("checkpoint", at.iso())));
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
        boolean en = "en".equals(getLocale().getLanguage());
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("dashboard.heading", at.year(), at.label(en))),
                new CheckpointPicker(years, at, PortfolioView::show));
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
        add(figures(portfolio), charts(portfolio), new H3(getTranslation("dashboard.shortfalls",
                portfolio.shortfalls().size() + portfolio.budgetShortfalls().size())),
                new ShortfallList(portfolio.budgetShortfalls(), portfolio.shortfalls(), at, users.ownersByProject()),
                new H3(getTranslation("dashboard.projects")), new ProjectStatusGrid(portfolio.worstFirst()));
    }

    /** The checkpoint in the URL, else the latest with data in the newest year, else its mid-year. */
    private Checkpoint chosen(BeforeEnterEvent event, List<Integer> years) {
        Optional<String> param = event.getLocation().getQueryParameters().getSingleParameter("checkpoint");
        if (param.isPresent()) {
            try {
                return Checkpoint.parse(param.get());
            } catch (IllegalArgumentException ignored) {
                // fall back to the default below
            }
        }
        Optional<Integer> year = event.getLocation().getQueryParameters().getSingleParameter("year")
                .flatMap(y -> y.matches("\\d{4}") ? Optional.of(Integer.valueOf(y)) : Optional.empty());
        int y = year.orElse(years.getFirst());
        return status.defaultCheckpoint(y);
    }

    private Component emptyState() {
        Div empty = new Div();
        empty.addClassName("attain-empty");
        empty.add(new H2(getTranslation("portfolio.empty.title")), new Paragraph(getTranslation("portfolio.empty.text")),
                new RouterLink(getTranslation("portfolio.empty.import"), ImportView.class));
        return empty;
    }

    private Component figures(PortfolioStatus p) {
        FlexLayout figures = new FlexLayout();
        figures.addClassName("attain-figures");
        figures.setId("figures");
        BigDecimal rate = p.executionRate();
        BigDecimal t = p.checkpoint().timeProgress();
        String wan = " " + getTranslation("unit.wan");
        figures.add(figure(getTranslation("portfolio.figure.budget"), Formats.tenThousandYuan(p.totalBudget(), getLocale()) + wan),
                figure(getTranslation("dashboard.figure.executed"), Formats.tenThousandYuan(p.totalExecuted(), getLocale()) + wan),
                figure(getTranslation("dashboard.figure.rate"), (rate == null ? "—" : pct(rate)) + " / " + pct(t),
                        rate != null && rate.compareTo(t) < 0 ? "attain-figure-behind" : null),
                lightFigure(getTranslation("dashboard.figure.indicators"), p.indicatorsByLight()),
                lightFigure(getTranslation("dashboard.figure.projects"), p.projectsByLight()));
        var projected = selfEvaluation.projected(p).values();
        if (!projected.isEmpty()) {
            BigDecimal mean = projected.stream().map(org.attain.assessment.SelfEvaluation::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(projected.size()), 1, java.math.RoundingMode.HALF_UP);
            figures.add(figure(getTranslation("dashboard.figure.projected"), mean.stripTrailingZeros().toPlainString()
                    + " · " + org.attain.assessment.Grade.of(mean).label("en".equals(getLocale().getLanguage()))));
        }
        return figures;
    }

    private Component charts(PortfolioStatus p) {
        List<ProjectStatus> top = p.worstFirst().subList(0, Math.min(CHART_PROJECTS, p.projects().size()));
        PortfolioCharts.Labels labels = this::getTranslation;
        Div grid = new Div(PortfolioCharts.execution(top, p.checkpoint().timeProgress(), labels, this::open),
                PortfolioCharts.lights(top, labels, this::open), PortfolioCharts.heatMap(top, labels, this::open));
        grid.addClassName("attain-chart-grid");
        if (p.projects().size() > CHART_PROJECTS) {
            grid.add(new Paragraph(getTranslation("dashboard.chart.top", CHART_PROJECTS, p.projects().size())));
        }
        return grid;
    }

    private void open(long projectId) {
        ProjectView.showProject(projectId);
    }

    static Div figure(String label, String value) {
        return figure(label, value, null);
    }

    static Div figure(String label, String value, String extraClass) {
        Span v = new Span(value);
        v.addClassName("attain-figure-value");
        Span l = new Span(label);
        l.addClassName("attain-figure-label");
        Div figure = new Div(v, l);
        figure.addClassName("attain-figure");
        if (extraClass != null) {
            figure.addClassName(extraClass);
        }
        return figure;
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

    private static String pct(BigDecimal share) {
        return PortfolioCharts.percent(share).stripTrailingZeros().toPlainString() + "%";
    }
}
