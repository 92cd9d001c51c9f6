package org.attain.report.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attain.assessment.Basis;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.Scorer;
import org.attain.assessment.ScoringException;
import org.attain.assessment.SelfEvaluation;
import org.attain.assessment.SelfEvaluationService;
import org.attain.assessment.Weights;
import org.attain.dashboard.ui.ProjectView;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.report.ReportService;
import org.attain.report.SelfEvaluationText;
import org.attain.status.Checkpoint;
import org.attain.status.QualitativeLevel;

/**
 * A project's self-evaluation (绩效自评表): the year-end score or the projection from forecasts at a checkpoint, each
 * indicator's formula, and the officer's weights and qualitative choices.
 */
@Route("projects/:projectId(\\d+)/self-evaluation")
@PermitAll
public class SelfEvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SelfEvaluationService service;
    private final ProjectService projects;
    private final ReportService reports;
    private String title = "Attain";

    private final org.attain.security.CurrentUser currentUser;
    private final org.attain.round.ReportingRounds rounds;

    SelfEvaluationView(SelfEvaluationService service, ProjectService projects, ReportService reports,
            org.attain.security.CurrentUser currentUser, org.attain.round.ReportingRounds rounds) {
        this.currentUser = currentUser;
        this.rounds = rounds;
        this.service = service;
        this.projects = projects;
        this.reports = reports;
        addClassName("attain-page");
        setWidthFull();
    }

    /** Opens the self-evaluation at a checkpoint: projected before 1-12月, final at 1-12月. */
    public static void show(long projectId, Checkpoint at) {
        UI.getCurrent().navigate(SelfEvaluationView.class, new RouteParameters("projectId", String.valueOf(projectId)),
                QueryParameters.simple(Map.of("checkpoint", at.iso())));
    }

    /** Opens the final score ({@link Basis#ACTUAL}) or the one projected at the checkpoint ({@link Basis#FORECAST}). */
    public static void show(long projectId, Checkpoint at, Basis basis) {
        show(projectId, basis == Basis.ACTUAL ? Checkpoint.yearEnd(at.year()) : at);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundException::new);
        Project project = projects.find(id).orElseThrow(NotFoundException::new);
        Checkpoint at;
        try {
            at = event.getLocation().getQueryParameters().getSingleParameter("checkpoint").map(Checkpoint::parse)
                    .filter(c -> c.year() == project.getYear()).orElse(rounds.defaultCheckpoint(project.getYear()));
        } catch (IllegalArgumentException e) {
            at = rounds.defaultCheckpoint(project.getYear());
        }
        title = getTranslation("self.title") + " · " + project.getName();
        render(project, service.evaluate(id, at));
    }

    private void render(Project project, SelfEvaluation e) {
        Locale locale = getLocale();
        boolean en = "en".equals(locale.getLanguage());
        removeAll();
        add(new RouterLink("← " + project.getName(), ProjectView.class, project.getId()));
        add(new H2(getTranslation("self.heading", project.getName(), project.getYear())));
        Checkpoint projectedAt = e.isProjection() ? e.checkpoint() : rounds.defaultCheckpoint(project.getYear());
        RadioButtonGroup<Basis> basis = new RadioButtonGroup<>();
        basis.setItems(Basis.FORECAST, Basis.ACTUAL);
        basis.setItemLabelGenerator(b -> b == Basis.ACTUAL ? getTranslation("self.basis.final")
                : getTranslation("self.basis.projected", projectedAt.label(en)));
        basis.setValue(e.basis());
        basis.setId("basis");
        basis.addValueChangeListener(v -> {
            if (v.isFromClient()) {
                show(project.getId(), projectedAt, v.getValue());
            }
        });
        Span total = new Span(SelfEvaluationText.headline(e, locale));
        total.addClassName("attain-figure-value");
        total.setId("total");
        add(basis, total);
        String unscored = SelfEvaluationText.unscoredNote(e, locale);
        if (unscored != null) {
            Paragraph note = new Paragraph(unscored);
            note.setId("unscored");
            add(note);
        }
        if (e.hasDefaults()) {
            add(new Paragraph(getTranslation("self.defaults")));
        }
        Paragraph budget = new Paragraph(SelfEvaluationText.budgetLabel(e, locale) + (en ? ": " : "：")
                + SelfEvaluationText.budgetFormula(e, locale));
        budget.setId("budget-score");
        add(budget, grid(project, e, locale));
        if (currentUser.has(org.attain.security.Role.PERFORMANCE_OFFICER)) {
            add(new H3(getTranslation("self.weights")), weights(project, e.weights()));
        }
        ReportService.Format[] formats = {ReportService.Format.XLSX, ReportService.Format.PDF, ReportService.Format.CSV};
        HorizontalLayout downloads = new HorizontalLayout();
        for (ReportService.Format f : formats) {
            downloads.add(ReportDownloads.link(f.extension().toUpperCase(), SelfEvaluationText.fileName(e,
                    String.valueOf(project.getId())), f, () -> reports.export(ReportService.Kind.SELF_EVALUATION, f,
                    project.getYear(), e.checkpoint(), project.getName()), "self-" + f.extension()));
        }
        add(new H3(getTranslation("self.downloads") + " · " + SelfEvaluationText.label(e, locale)), downloads);
    }

    private Grid<ScoreRow> grid(Project project, SelfEvaluation e, Locale locale) {
        Grid<ScoreRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ScoreRow::category).setHeader(getTranslation("indicator.category")).setKey("category")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ScoreRow::subcategory).setHeader(getTranslation("indicator.subcategory")).setKey("subcategory")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(ScoreRow::name).setHeader(getTranslation("indicator.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(ScoreRow::target).setHeader(getTranslation("indicator.target")).setKey("target").setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(r -> SelfEvaluationText.value(e, r, locale))
                .setHeader(getTranslation(e.isProjection() ? "self.value.projected" : "self.actual")).setKey("actual")
                .setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(r -> weightField(project, r)).setHeader(getTranslation("self.weight")).setKey("weight")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> SelfEvaluationText.score(e, r)).setHeader(getTranslation("self.score"))
                .setKey("score").setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        grid.addComponentColumn(r -> shareField(project, r)).setHeader(getTranslation("self.share")).setKey("share")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> SelfEvaluationText.formula(e, r, locale)).setHeader(getTranslation("self.formula"))
                .setKey("formula").setFlexGrow(2);
        grid.setItems(e.rows());
        grid.setAllRowsVisible(true);
        grid.setId("score-grid");
        return grid;
    }

    private Component weightField(Project project, ScoreRow r) {
        BigDecimalField field = new BigDecimalField();
        field.setValue(r.score().weight().setScale(2, java.math.RoundingMode.HALF_UP));
        field.setWidthFull();
        field.addValueChangeListener(v -> {
            if (v.isFromClient()) {
                apply(project, () -> service.setIndicator(project.getId(), r.indicatorId(), v.getValue(), null, currentUser.name()));
            }
        });
        return field;
    }

    private Component shareField(Project project, ScoreRow r) {
        if (!r.qualitative() || r.level() == null) {
            return new Span();
        }
        QualitativeLevel level = r.level();
        BigDecimal[] band = Scorer.band(level);
        List<BigDecimal> options = new ArrayList<>();
        for (BigDecimal v = band[0]; v.compareTo(band[1]) <= 0; v = v.add(new BigDecimal("0.05"))) {
            options.add(v.stripTrailingZeros());
        }
        Select<BigDecimal> share = new Select<>();
        share.setItems(options);
        share.setEmptySelectionAllowed(true);
        share.setEmptySelectionCaption(getTranslation("self.share.default"));
        share.setItemLabelGenerator(v -> v == null ? getTranslation("self.share.default")
                : v.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%");
        if (!r.score().defaulted() && r.score().weight().signum() > 0) {
            BigDecimal chosen = r.score().score().divide(r.score().weight(), 2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            options.stream().filter(o -> o.compareTo(chosen) == 0).findFirst().ifPresent(share::setValue);
        }
        share.addValueChangeListener(v -> {
            if (v.isFromClient()) {
                apply(project, () -> service.setIndicator(project.getId(), r.indicatorId(), null, v.getValue(), currentUser.name()));
            }
        });
        return share;
    }

    private Component weights(Project project, Weights w) {
        BigDecimalField budget = field(getTranslation("self.budget"), w.budget());
        BigDecimalField output = field("产出指标", w.output());
        BigDecimalField benefit = field("效益指标", w.benefit());
        BigDecimalField satisfaction = field("满意度指标", w.satisfaction());
        Button save = new Button(getTranslation("self.weights.save"), e -> apply(project, () -> service.setWeights(
                project.getId(), new Weights(orZero(budget), orZero(output), orZero(benefit), orZero(satisfaction)),
                currentUser.name())));
        save.setId("save-weights");
        HorizontalLayout row = new HorizontalLayout(budget, output, benefit, satisfaction, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setId("weights");
        return new Div(row);
    }

    private void apply(Project project, Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("self.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ScoringException ex) {
            Notification.show(refusal(ex), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private String refusal(ScoringException ex) {
        boolean en = "en".equals(getLocale().getLanguage());
        Object[] args = ex.args().stream().map(a -> a instanceof QualitativeLevel l ? l.label(en) : a).toArray();
        return getTranslation(ex.code(), args);
    }

    private static BigDecimalField field(String label, BigDecimal value) {
        BigDecimalField f = new BigDecimalField(label);
        f.setValue(value);
        f.setWidth("8rem");
        return f;
    }

    private static BigDecimal orZero(BigDecimalField f) {
        return f.getValue() == null ? BigDecimal.ZERO : f.getValue();
    }
}
