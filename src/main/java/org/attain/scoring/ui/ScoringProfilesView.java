package org.attain.scoring.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.attain.base.ui.Routes;
import org.attain.project.ProjectService;
import org.attain.scoring.ScoringProfiles;
import org.attain.security.CurrentUser;
import org.attain.security.Role;

/**
 * Scoring profiles (评分方案): what each one weighs and how, and the one a year is scored by; the officer chooses it
 * when the year is set up (the national default until then).
 */
@Route(Routes.SCORING)
@PageTitle("Attain")
@Menu(order = 6, icon = "vaadin:scale", title = "nav.scoring")
@RolesAllowed({Role.OFFICER, Role.LEADERSHIP})
public class ScoringProfilesView extends VerticalLayout implements BeforeEnterObserver {

    private final ScoringProfiles profiles;
    private final ProjectService projects;
    private final CurrentUser currentUser;

    ScoringProfilesView(ScoringProfiles profiles, ProjectService projects, CurrentUser currentUser) {
        this.profiles = profiles;
        this.projects = projects;
        this.currentUser = currentUser;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Integer> years = projects.years();
        int year = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("year")
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::valueOf)
                .filter(years::contains)
                .orElse(years.isEmpty() ? 2025 : years.getFirst());
        Select<Integer> pick = new Select<>();
        pick.setLabel(getTranslation("project.year"));
        pick.setItems(years);
        pick.setValue(years.contains(year) ? year : null);
        pick.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ScoringProfilesView.class, QueryParameters.simple(Map.of("year", String.valueOf(e.getValue()))))));
        String chosen = profiles.chosen(year).orElse(null);
        Paragraph current = new Paragraph(
                chosen == null
                        ? getTranslation(
                                "scoring.current.default",
                                String.valueOf(year),
                                ScoringProfileGrid.name(this, ScoringProfiles.DEFAULT))
                        : getTranslation(
                                "scoring.current", String.valueOf(year), ScoringProfileGrid.name(this, chosen)));
        current.setId("scoring-current");
        add(
                new H2(getTranslation("nav.scoring")),
                new Paragraph(getTranslation("scoring.help")),
                pick,
                current,
                new ScoringProfileGrid(
                        profiles.all(),
                        chosen,
                        currentUser.has(Role.PERFORMANCE_OFFICER) ? code -> choose(year, code) : null));
    }

    private void choose(int year, String code) {
        profiles.choose(year, code);
        Notification.show(
                        getTranslation("scoring.chosen", String.valueOf(year), ScoringProfileGrid.name(this, code)),
                        4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }
}
