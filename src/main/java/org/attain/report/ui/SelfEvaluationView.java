package org.attain.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.Locale;
import org.attain.assessment.Basis;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.SelfEvaluation;
import org.attain.assessment.Weights;
import org.attain.base.ui.Routes;
import org.attain.earlier.EarlierYearService;
import org.attain.i18n.MessageException;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.report.PaperNames;
import org.attain.report.ReportService;
import org.attain.report.SelfEvaluationText;
import org.attain.round.ReportingRounds;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

/**
 * A project's self-evaluation (绩效自评表): the year-end score or the projection from forecasts at a checkpoint, each
 * indicator's formula, and the officer's weights and qualitative choices.
 */
@Route(Routes.SELF_EVALUATION)
@PermitAll
public class SelfEvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckpointParameter checkpoints;
    private final SelfEvaluationService service;
    private final ProjectService projects;
    private final ReportService reports;
    private String title = "Attain";
    private final CurrentUser currentUser;
    private final ReportingRounds rounds;
    private final EarlierYearService earlier;

    SelfEvaluationView(
            EarlierYearService earlier,
            SelfEvaluationService service,
            ProjectService projects,
            ReportService reports,
            CurrentUser currentUser,
            ReportingRounds rounds,
            CheckpointParameter checkpoints) {
        this.checkpoints = checkpoints;
        this.earlier = earlier;
        this.currentUser = currentUser;
        this.rounds = rounds;
        this.service = service;
        this.projects = projects;
        this.reports = reports;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundException::new);
        Project project = projects.find(id).orElseThrow(NotFoundException::new);
        Checkpoint at = checkpoints.read(event.getLocation(), project.getYear());
        if (!checkpoints.named(event.getLocation()) && earlier.comparison(id).isPresent()) {
            at = Checkpoint.yearEnd(project.getYear()); // an imported earlier self-evaluation is a year-end one
        }
        title = getTranslation("self.title") + " · " + project.getName();
        render(project, service.evaluate(id, at));
    }

    private void render(Project project, SelfEvaluation e) {
        Locale locale = getLocale();
        removeAll();
        add(Routes.link("← " + project.getName(), Routes.project(project.getId())));
        add(new H2(getTranslation("self.heading", project.getName(), project.getYear())));
        Checkpoint projectedAt = e.isProjection() ? e.checkpoint() : rounds.defaultCheckpoint(project.getYear());
        RadioButtonGroup<Basis> basis = new RadioButtonGroup<>();
        basis.setItems(Basis.FORECAST, Basis.ACTUAL);
        basis.setItemLabelGenerator(b -> b == Basis.ACTUAL
                ? getTranslation("self.basis.final")
                : getTranslation("self.basis.projected", projectedAt));
        basis.setValue(e.basis());
        basis.setId("basis");
        basis.addValueChangeListener(v -> {
            if (v.isFromClient()) {
                Routes.go(Routes.selfEvaluation(
                        project.getId(),
                        v.getValue() == Basis.ACTUAL ? Checkpoint.yearEnd(project.getYear()) : projectedAt));
            }
        });
        Span total = new Span(SelfEvaluationText.headline(e, locale));
        total.addClassName("attain-figure-value");
        total.setId("total");
        Span profileName = new Span(SelfEvaluationText.profile(e, locale));
        profileName.setId("scoring-profile");
        add(basis, total, profileName);
        String unscored = SelfEvaluationText.unscoredNote(e, locale);
        if (unscored != null) {
            Paragraph note = new Paragraph(unscored);
            note.setId("unscored");
            add(note);
        }
        if (e.hasDefaults()) {
            add(new Paragraph(getTranslation("self.defaults")));
        }
        Paragraph budget = new Paragraph(getTranslation(
                "self.budget.formula",
                SelfEvaluationText.budgetLabel(e, locale),
                SelfEvaluationText.budgetFormula(e, locale)));
        budget.setId("budget-score");
        boolean officer = currentUser.has(Role.PERFORMANCE_OFFICER);
        add(budget, new ScoreGrid(e, officer ? changes(project) : null));
        if (!e.isProjection()) {
            earlier.comparison(project.getId())
                    .ifPresent(c -> add(new StatedScores(c, SelfEvaluationText.profile(e, locale))));
        }
        if (officer) {
            add(
                    new H3(getTranslation("self.weights")),
                    new WeightsForm(
                            e.weights(),
                            (b, output, benefit, satisfaction) -> apply(
                                    project,
                                    () -> service.setWeights(
                                            project.getId(), new Weights(b, output, benefit, satisfaction)))));
        }
        add(
                new H3(getTranslation("self.downloads") + " · " + SelfEvaluationText.label(e, locale)),
                ReportDownloads.row(
                        PaperNames.selfEvaluation(e.checkpoint(), project.getName()),
                        "self-",
                        f -> reports.export(
                                ReportService.Kind.SELF_EVALUATION,
                                f,
                                project.getYear(),
                                e.checkpoint(),
                                project.getName())));
    }

    private ScoreGrid.Changes changes(Project project) {
        return new ScoreGrid.Changes() {
            @Override
            public void weight(ScoreRow row, BigDecimal weight) {
                apply(project, () -> service.setIndicator(project.getId(), row.indicatorId(), weight, null));
            }

            @Override
            public void share(ScoreRow row, BigDecimal share) {
                apply(project, () -> service.setIndicator(project.getId(), row.indicatorId(), null, share));
            }
        };
    }

    private void apply(Project project, Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("self.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (MessageException ex) {
            Notification.show(getTranslation(ex.message()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
