package org.attain.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.attain.base.ui.Routes;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.StatusService;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.review.ReviewRefusal;
import org.attain.review.ReviewService;
import org.attain.security.People;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

/**
 * The officer's review of a project at a checkpoint: every item with what was reported and its state; approve (通过)
 * the chosen items or every submitted one, return them (退回) or waive them (免报) with a reason.
 */
@Route(Routes.REVIEW)
@RolesAllowed(Role.OFFICER)
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final StatusService status;
    private final ProjectService projects;
    private final People people;
    private final CheckpointParameter checkpoints;
    private String title = "Attain";

    ReviewView(
            ReviewService reviews,
            StatusService status,
            ProjectService projects,
            People people,
            CheckpointParameter checkpoints) {
        this.checkpoints = checkpoints;
        this.reviews = reviews;
        this.status = status;
        this.projects = projects;
        this.people = people;
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
        render(project, checkpoints.read(event.getLocation(), project.getYear()));
    }

    private void render(Project project, Checkpoint at) {
        boolean en = "en".equals(getLocale().getLanguage());
        title = getTranslation("review.title") + " · " + project.getName();
        removeAll();
        ProjectStatus shown = status.project(project.getId(), at).orElseThrow(NotFoundException::new);
        List<ReviewLine> lines = reviews.items(project.getId(), at).stream()
                .map(i -> ReviewLine.of(i, shown, en))
                .toList();
        ReviewGrid grid = new ReviewGrid(lines, people.names(getLocale()));
        TextField reason = new TextField(getTranslation("review.reason"));
        reason.setId("review-reason");
        reason.setMaxLength(ReviewService.REASON_MAX);
        reason.setWidth("28rem");
        Runnable reload = () -> render(project, at);
        Button approve = action(
                "review.approve",
                "approve-selected",
                reload,
                () -> reviews.approve(project.getId(), at, grid.selectedKeys()));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button approveAll =
                action("review.approveAll", "approve-all", reload, () -> reviews.approveAll(project.getId(), at));
        approveAll.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button back = action(
                "review.return",
                "return-selected",
                reload,
                () -> reviews.returnItems(project.getId(), at, grid.selectedKeys(), reason.getValue()));
        back.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button waive = action(
                "review.waive",
                "waive-selected",
                reload,
                () -> reviews.waive(project.getId(), at, grid.selectedKeys(), reason.getValue()));
        HorizontalLayout bar = new HorizontalLayout(approveAll, approve, reason, back, waive);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        Anchor entry = Routes.link(
                "← " + getTranslation("review.toEntry", project.getName()), Routes.actuals(project.getId(), at));
        add(
                entry,
                new H2(getTranslation("review.heading", project.getName(), at)),
                new Paragraph(getTranslation("review.help")),
                bar,
                grid);
    }

    private Button action(String key, String id, Runnable reload, Supplier<Integer> step) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                int n = step.get();
                Notification.show(getTranslation(key + ".done", n), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload.run();
            } catch (ReviewRefusal refused) {
                Notification.show(refused.message(getLocale()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        button.setId(id);
        return button;
    }
}
