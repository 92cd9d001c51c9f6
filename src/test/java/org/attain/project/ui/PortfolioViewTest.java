package org.attain.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.attain.KaribuTest;
import org.attain.chart.ApexChart;
import org.attain.project.ProjectSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

class PortfolioViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void start_page_lists_the_seven_projects_with_their_budgets_and_a_budget_chart() {
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("2025年度项目总览");
        assertThat(_find(Span.class, s -> s.withText("335.00 万元"))).hasSize(1);
        Grid<ProjectSummary> grid = _get(Grid.class, s -> s.withId("project-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(7);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("协理员专项补助");
        assertThat(GridKt._getFormatted(grid, 1, "budget")).isEqualTo("52.00");
        ApexChart chart = _get(ApexChart.class, s -> s.withId("budget-chart"));
        assertThat(chart.getSeries().getFirst().values()).hasSize(7);
        assertThat(chart.getElement().getProperty("options")).contains("鄂州市困难职工常态化帮扶及送温暖专项资金");
    }

    @Test
    void clicking_a_bar_opens_that_project() {
        UI.getCurrent().navigate(PortfolioView.class);
        ApexChart chart = _get(ApexChart.class, s -> s.withId("budget-chart"));
        ComponentUtil.fireEvent(chart, new ApexChart.PointClickEvent(chart, true, 0, 0));
        assertThat(_get(H2.class).getText()).isEqualTo("鄂州市困难职工常态化帮扶及送温暖专项资金");
    }

    @Test
    void the_project_link_opens_the_project_page_and_back_returns() {
        UI.getCurrent().navigate(PortfolioView.class);
        @SuppressWarnings("unchecked")
        Grid<ProjectSummary> grid = _get(Grid.class, s -> s.withId("project-grid"));
        RouterLink link = (RouterLink) GridKt._getCellComponent(grid, 1, "name");
        assertThat(link.getText()).isEqualTo("鄂州市劳模春节慰问专项资金");
        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(H2.class).getText()).isEqualTo("鄂州市劳模春节慰问专项资金");
        UI.getCurrent().navigate(_get(RouterLink.class, s -> s.withText("← 项目总览")).getHref());
        assertThat(_get(H2.class).getText()).isEqualTo("2025年度项目总览");
    }

    @Test
    @Transactional
    void without_projects_the_start_page_explains_how_to_begin() {
        jdbc.sql("DELETE FROM project").update();
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("还没有项目");
        assertThat(_get(RouterLink.class, s -> s.withText("导入绩效目标批复")).getHref()).isEqualTo("import");
    }

    @Test
    void english_is_available() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Portfolio 2025");
    }
}
