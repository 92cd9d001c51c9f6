package org.attain.warning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import org.attain.base.ui.Routes;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.ProjectService;
import org.attain.round.ReportingRounds;
import org.attain.security.CurrentUser;
import org.attain.security.People;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.attain.warning.WarningRefusal;
import org.attain.warning.WarningRules;
import org.attain.warning.Warnings;

/**
 * Warnings (预警) at a checkpoint under the year's rules, each with the decision it asks for (继续执行 / 调剂 / 取消) and
 * its deadline; the officer sets the rules and records decisions, leaders read.
 */
@Route(Routes.WARNINGS)
@PageTitle("Attain")
@Menu(order = 4.7, icon = "vaadin:warning", title = "nav.warnings")
@RolesAllowed({Role.OFFICER, Role.LEADERSHIP})
public class WarningsView extends VerticalLayout implements BeforeEnterObserver {

    private final Warnings warnings;
    private final ProjectService projects;
    private final ReportingRounds rounds;
    private final CheckpointParameter checkpoints;
    private final CurrentUser currentUser;
    private final People people;

    WarningsView(
            Warnings warnings,
            ProjectService projects,
            ReportingRounds rounds,
            CheckpointParameter checkpoints,
            CurrentUser currentUser,
            People people) {
        this.warnings = warnings;
        this.projects = projects;
        this.rounds = rounds;
        this.checkpoints = checkpoints;
        this.currentUser = currentUser;
        this.people = people;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Checkpoint at = checkpoints.read(event.getLocation(), projects.years());
        boolean officer = currentUser.has(Role.PERFORMANCE_OFFICER);
        WarningRules rules = warnings.rules(at.year());
        add(
                new H2(getTranslation("warning.title", at, String.valueOf(at.year()))),
                new Paragraph(getTranslation(
                        "warning.rules.text",
                        rules.floorsText(),
                        rules.gapPoints().stripTrailingZeros().toPlainString(),
                        rules.decisionDays())));
        if (officer) {
            add(new H3(getTranslation("warning.rules")), rulesForm(at.year(), rules));
        }
        add(new WarningGrid(
                warnings.at(at),
                rounds.today(),
                people.names(getLocale()),
                !officer
                        ? null
                        : d -> act(() -> warnings.decide(
                                d.warning().warning().projectId(),
                                at,
                                d.warning().warning().kind(),
                                d.decision(),
                                d.note()))));
    }

    private HorizontalLayout rulesForm(int year, WarningRules rules) {
        TextField floors = new TextField(getTranslation("warning.floors"));
        floors.setId("warning-floors");
        floors.setValue(rules.floorsText());
        floors.setHelperText(getTranslation("warning.floors.help"));
        BigDecimalField gap = new BigDecimalField(getTranslation("warning.gapPoints"));
        gap.setId("warning-gap");
        gap.setValue(rules.gapPoints());
        gap.setWidth("16rem");
        IntegerField days = new IntegerField(getTranslation("warning.days"));
        days.setId("warning-days");
        days.setValue(rules.decisionDays());
        Button save = new Button(
                getTranslation("warning.save"),
                e -> act(() -> warnings.setRules(
                        year,
                        WarningRules.parse(
                                floors.getValue(),
                                gap.getValue() == null ? BigDecimal.ZERO : gap.getValue(),
                                days.getValue() == null ? 0 : days.getValue()))));
        save.setId("warning-save-rules");
        HorizontalLayout form = new HorizontalLayout(floors, gap, days, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void act(Runnable step) {
        try {
            step.run();
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (WarningRefusal refused) {
            Notification.show(refused.message(getLocale()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
