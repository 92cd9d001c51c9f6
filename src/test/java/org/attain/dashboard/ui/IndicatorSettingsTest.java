package org.attain.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.attain.KaribuTest;
import org.attain.base.ui.Routes;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.attain.status.ProgressProfile;
import org.attain.targets.Comparator;
import org.attain.targets.Direction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

class IndicatorSettingsTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    @Autowired
    IndicatorService indicators;

    private Indicator indicator(long projectId, String name) {
        return indicators.findByProject(projectId).stream()
                .filter(i -> i.getName().equals(name) && i.getGoalTable() == org.attain.indicator.GoalTable.ANNUAL)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void the_officer_reads_a_bare_standard_as_exact_and_changes_how_an_indicator_progresses() {
        long id = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金")
                .orElseThrow()
                .getId();
        Routes.go(Routes.project(id));
        _get(Details.class, spec -> spec.withId("targets-section")).setOpened(true);
        Grid<Indicator> grid = _get(Grid.class, s -> s.withId("annual-grid"));
        int row = 4;
        assertThat(GridKt._get(grid, row).getName()).isEqualTo("春节慰问标准");
        _click((Button) GridKt._getCellComponent(grid, row, "settings"));
        Select<Comparator> comparator = _find(Select.class).stream()
                .filter(s -> s.getLabel() != null && s.getLabel().startsWith("比较方式"))
                .findFirst()
                .orElseThrow();
        comparator.setValue(Comparator.EQ);
        Select<ProgressProfile.Kind> kind = _find(Select.class).stream()
                .filter(s -> "进度方式".equals(s.getLabel()))
                .findFirst()
                .orElseThrow();
        kind.setValue(ProgressProfile.Kind.YEAR_END);
        _click(_get(Button.class, s -> s.withId("save-settings")));
        Indicator changed = indicator(id, "春节慰问标准");
        assertThat(changed.getTarget().comparator()).isEqualTo(Comparator.EQ);
        assertThat(changed.getDirection()).isEqualTo(Direction.LOWER_IS_BETTER); // still a cost indicator
        assertThat(changed.getProgressProfile()).isEqualTo(ProgressProfile.YEAR_END);
    }

    @Test
    void the_settings_are_the_officers_only() {
        login("leader", Role.LEADER);
        long id = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金")
                .orElseThrow()
                .getId();
        Routes.go(Routes.project(id));
        _get(Details.class, spec -> spec.withId("targets-section")).setOpened(true);
        Grid<?> grid = _get(Grid.class, s -> s.withId("annual-grid"));
        assertThat(grid.getColumnByKey("settings")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_officer_sees_which_profile_was_inferred_and_why() {
        long id = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金")
                .orElseThrow()
                .getId();
        Routes.go(Routes.project(id));
        _get(Details.class, spec -> spec.withId("targets-section")).setOpened(true);
        Grid<Indicator> grid = _get(Grid.class, s -> s.withId("annual-grid"));
        assertThat(GridKt._get(grid, 0).getName()).isEqualTo("2025年春节慰问人数");
        _click((Button) GridKt._getCellComponent(grid, 0, "settings"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("inferred-profile"))
                        .getText())
                .isEqualTo("系统推断：春节前完成（按农历）。理由：指标名称含“春节”：春节前完成，即当年除夕前");
    }
}
