package org.attain.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.attain.base.ui.Routes;
import org.attain.portfolio.ProjectStatus;
import org.attain.project.Project;
import org.attain.status.Checkpoint;
import org.attain.status.ui.LightBadge;

/** The project's name and light, the checkpoint picker and the way to the entry page. */
class ProjectHeader extends HorizontalLayout {

    ProjectHeader(Project project, ProjectStatus ps, Checkpoint at) {
        H2 name = new H2(project.getName());
        LightBadge light = new LightBadge(ps.light());
        light.setId("project-light");
        Button enter = new Button(getTranslation("project.enter"), e -> Routes.go(Routes.actuals(project.getId(), at)));
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setId("enter-actuals");
        CheckpointPicker picker = new CheckpointPicker(
                List.of(project.getYear()), at, c -> Routes.go(Routes.project(project.getId(), c)));
        HorizontalLayout left = new HorizontalLayout(name, light);
        left.setAlignItems(FlexComponent.Alignment.CENTER);
        add(left, new HorizontalLayout(picker, enter));
        setWidthFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        setAlignItems(FlexComponent.Alignment.END);
        addClassName("attain-head");
    }
}
