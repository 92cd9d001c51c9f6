package org.attain.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.attain.base.ui.GridHeights;
import org.attain.base.ui.Routes;
import org.attain.monitoring.CheckpointLocks;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.ProjectService;
import org.attain.reminder.Completion;
import org.attain.reminder.Reminders;
import org.attain.reminder.RoundCompletion;
import org.attain.review.ReviewRefusal;
import org.attain.round.ReportingRound;
import org.attain.round.ReportingRounds;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

/**
 * The officer's view of a round: every project's report by stage (not started, draft, returned, submitted, approved)
 * with its owners and counts, what is overdue, reminders by e-mail, and the lock once everything is settled.
 */
@Route(Routes.COMPLETION)
@PageTitle("Attain")
@Menu(order = 4.5, icon = "vaadin:tasks", title = "nav.completion")
@RolesAllowed(Role.OFFICER)
public class CompletionView extends VerticalLayout implements BeforeEnterObserver {

    private final RoundCompletion completion;
    private final ReportingRounds rounds;
    private final Reminders reminders;
    private final CheckpointLocks locks;
    private final ProjectService projects;
    private final CheckpointParameter checkpoints;

    CompletionView(
            RoundCompletion completion,
            ReportingRounds rounds,
            Reminders reminders,
            CheckpointLocks locks,
            ProjectService projects,
            CheckpointParameter checkpoints) {
        this.completion = completion;
        this.rounds = rounds;
        this.reminders = reminders;
        this.locks = locks;
        this.projects = projects;
        this.checkpoints = checkpoints;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Checkpoint at = checkpoints.read(event.getLocation(), projects.years());
        add(new H2(getTranslation("completion.title", at, String.valueOf(at.year()))));
        ReportingRound round = rounds.round(at).orElse(null);
        if (round == null) {
            add(new Paragraph(getTranslation("completion.noRound", at)));
            return;
        }
        LocalDate today = rounds.today();
        var lock = locks.current(at);
        Paragraph due = new Paragraph(getTranslation(
                lock.map(l -> l.all() ? "completion.locked" : "completion.lockedFor")
                        .orElse(round.isOverdue(today) ? "completion.overdue" : "completion.due"),
                round.dueDate().toString(),
                lock.map(l -> l.department()).orElse("")));
        due.setId("completion-due");
        add(due, actions(at, lock.isPresent(), today), grid(completion.of(at), round, today));
    }

    private HorizontalLayout actions(Checkpoint at, boolean locked, LocalDate today) {
        Button remind = new Button(getTranslation("completion.remind"), e -> {
            Reminders.Sent sent = reminders.send(today);
            notify(
                    sent.configured()
                            ? getTranslation("completion.reminded", sent.mails(), sent.withoutAddress())
                            : getTranslation("completion.noMailServer"),
                    sent.configured());
        });
        remind.setId("send-reminders");
        Button lock = new Button(getTranslation("completion.lock"), e -> {
            try {
                locks.lock(at);
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            } catch (ReviewRefusal refused) {
                notify(refused.message(getLocale()), false);
            }
        });
        lock.setId("lock-round");
        lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remind.setEnabled(!locked);
        lock.setEnabled(!locked);
        return new HorizontalLayout(remind, lock);
    }

    private Grid<Completion> grid(List<Completion> list, ReportingRound round, LocalDate today) {
        Grid<Completion> grid = new Grid<>();
        grid.setId("completion-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridHeights.fit(grid, list.size());
        grid.addColumn(Completion::projectName)
                .setHeader(getTranslation("project.name"))
                .setKey("project")
                .setFlexGrow(3);
        grid.addColumn(c -> String.join("、", c.owners()))
                .setHeader(getTranslation("completion.owners"))
                .setKey("owners")
                .setFlexGrow(2);
        grid.addComponentColumn(c -> stage(c, round, today))
                .setHeader(getTranslation("completion.stage"))
                .setKey("stage")
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(
                        "completion.counts",
                        c.missing(),
                        c.drafts(),
                        c.submitted(),
                        c.returned(),
                        c.approved() + c.waived()))
                .setHeader(getTranslation("completion.items"))
                .setKey("counts")
                .setFlexGrow(4);
        grid.addComponentColumn(c -> Routes.link(
                        getTranslation("completion.review"), Routes.review(c.projectId(), round.checkpoint())))
                .setKey("review")
                .setFlexGrow(0)
                .setWidth("6rem");
        grid.setItems(list);
        return grid;
    }

    private Span stage(Completion c, ReportingRound round, LocalDate today) {
        boolean overdue = c.isOverdue(round.dueDate(), today);
        Span stage = new Span(getTranslation("completion.stage." + c.stage().name())
                + (overdue ? getTranslation("completion.overdueMark") : ""));
        stage.addClassNames(
                "attain-review", "attain-completion-" + c.stage().name().toLowerCase(Locale.ROOT));
        stage.setClassName("attain-review-returned", overdue);
        return stage;
    }

    private static void notify(String text, boolean success) {
        Notification.show(text, 5000, Notification.Position.MIDDLE)
                .addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
