package org.attain.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import org.attain.KaribuTest;
import org.attain.indicator.Indicator;
import org.attain.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    private long projectId(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void project_page_shows_both_tables_and_the_cost_check() {
        UI.getCurrent().navigate(ProjectView.class, projectId("鄂州市劳模春节慰问专项资金"));
        Grid<Indicator> annual = _get(Grid.class, s -> s.withId("annual-grid"));
        Grid<Indicator> longTerm = _get(Grid.class, s -> s.withId("longterm-grid"));
        assertThat(GridKt._size(annual)).isEqualTo(10);
        assertThat(GridKt._size(longTerm)).isEqualTo(10);
        assertThat(GridKt._getFormatted(annual, 0, "name")).isEqualTo("2025年春节慰问人数");
        assertThat(GridKt._getFormatted(annual, 0, "target")).isEqualTo("≥ 574人");
        assertThat(GridKt._getFormatted(annual, 0, "direction")).isEqualTo("越高越好");
        Div findings = _get(Div.class, s -> s.withId("findings"));
        assertThat(_find(findings, ListItem.class)).extracting(ListItem::getText)
                .contains("✓ 574人 × 900元 = 51.66万元 ≤ 总成本 52万元");
    }

    @Test
    void an_unknown_project_is_not_found() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("projects/999999"))
                .hasMessageContaining("No route found for 'projects/999999'");
    }
}
