package org.attain.scoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.assessment.Band;
import org.attain.assessment.ScoringProfile;
import org.attain.base.ui.Routes;
import org.attain.project.ProjectService;
import org.attain.scoring.ScoringProfiles;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.attain.status.QualitativeLevel;

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
                        ? getTranslation("scoring.current.default", String.valueOf(year), name(ScoringProfiles.DEFAULT))
                        : getTranslation("scoring.current", String.valueOf(year), name(chosen)));
        current.setId("scoring-current");
        add(
                new H2(getTranslation("nav.scoring")),
                new Paragraph(getTranslation("scoring.help")),
                pick,
                current,
                grid(year, chosen));
    }

    private Grid<ScoringProfile> grid(int year, String chosen) {
        Grid<ScoringProfile> grid = new Grid<>();
        grid.setId("scoring-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> name(p.code()))
                .setHeader(getTranslation("scoring.col.name"))
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(this::weights)
                .setHeader(getTranslation("scoring.col.weights"))
                .setKey("weights")
                .setFlexGrow(3);
        grid.addColumn(this::bands)
                .setHeader(getTranslation("scoring.col.bands"))
                .setKey("bands")
                .setFlexGrow(3);
        grid.addColumn(p -> p.grades() == null
                        ? getTranslation("self.grade.none")
                        : getTranslation(
                                "scoring.grades",
                                plain(p.grades().excellent()),
                                plain(p.grades().good()),
                                plain(p.grades().fair())))
                .setHeader(getTranslation("scoring.col.grades"))
                .setKey("grades")
                .setFlexGrow(2);
        if (currentUser.has(Role.PERFORMANCE_OFFICER)) {
            grid.addComponentColumn(p -> {
                        Button use = new Button(getTranslation("scoring.use"), e -> choose(year, p.code()));
                        use.setId("use-" + p.code());
                        use.setEnabled(!p.code().equals(chosen));
                        return use;
                    })
                    .setKey("use")
                    .setFlexGrow(0)
                    .setWidth("9rem");
        }
        grid.setItems(profiles.all());
        return grid;
    }

    private void choose(int year, String code) {
        profiles.choose(year, code);
        Notification.show(
                        getTranslation("scoring.chosen", String.valueOf(year), name(code)),
                        4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    private String weights(ScoringProfile p) {
        return getTranslation("self.budget") + " " + plain(p.budget()) + " · "
                + p.groups().stream()
                        .map(g -> String.join(" + ", g.categories()) + " " + plain(g.weight()))
                        .collect(Collectors.joining(" · "));
    }

    private String bands(ScoringProfile p) {
        boolean en = "en".equals(getLocale().getLanguage());
        return java.util.Arrays.stream(QualitativeLevel.values())
                .map(l -> {
                    Band b = p.bands().of(l);
                    return getTranslation(
                            "scoring.band", getTranslation(l), pct(b.min()), pct(b.max()), pct(b.fallback()));
                })
                .collect(Collectors.joining(" · "));
    }

    private String name(String code) {
        String name = getTranslation("scoring.profile." + code);
        return name.startsWith("!") ? code : name;
    }

    private static String pct(BigDecimal share) {
        return plain(share.multiply(BigDecimal.valueOf(100)));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
