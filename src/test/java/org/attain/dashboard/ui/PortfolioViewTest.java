package org.attain.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attain.KaribuTest;
import org.attain.chart.ApexChart;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.MonitoringService;
import org.attain.project.ProjectService;
import org.attain.scoring.ScoringProfiles;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.attain.status.DeviationReason;
import org.attain.status.Light;
import org.attain.status.Likelihood;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

class PortfolioViewTest extends KaribuTest {

    @Autowired
    MonitoringService monitoring;

    @Autowired
    org.attain.review.ReviewService reviews;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScoringProfiles profiles;

    @Autowired
    org.attain.generator.PortfolioGenerator generator;

    private static List<String> texts(com.vaadin.flow.component.Component root, String className) {
        return _find(root, Span.class, s -> s.withClasses(className)).stream()
                .map(Span::getText)
                .toList();
    }

    @Test
    void the_start_page_opens_at_the_latest_checkpoint_with_figures_and_charts() {
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("2025年度 · 1-6月绩效运行监控");
        var figures = _get(com.vaadin.flow.component.orderedlayout.FlexLayout.class, s -> s.withId("figures"));
        assertThat(texts(figures, "attain-figure-value")).contains("335.00 万元", "176.90 万元", "52.81% / 50%");
        assertThat(_find(figures, Span.class, s -> s.withClasses("attain-light")).stream()
                        .map(Span::getText))
                .containsExactly("● 红 1", "▲ 黄 1", "◔ 逾期未填报 1", "✔ 绿 75", "… 未到评价期 6", "● 红 2", "▲ 黄 1", "✔ 绿 4");
        ApexChart execution = _get(ApexChart.class, s -> s.withId("execution-chart"));
        assertThat(execution.getSeries().getFirst().values()).hasSize(7);
        assertThat(execution.getElement().getProperty("options")).contains("序时进度 50%");
        assertThat(_get(ApexChart.class, s -> s.withId("lights-chart")).getSeries())
                .hasSize(7);
        assertThat(_get(ApexChart.class, s -> s.withId("heat-chart")).getSeries())
                .hasSize(7);
    }

    @Test
    void the_574_and_95_percent_shortfalls_appear_with_their_sentences_and_reasons() {
        UI.getCurrent().navigate(PortfolioView.class);
        List<ShortfallLine> shortfalls = _get(ShortfallList.class).lines(0, 1000);
        List<String> sentences =
                shortfalls.stream().map(ShortfallLine::sentence).toList();
        // 双监控: the lagging budget of the largest project comes first, then the missed Spring Festival visits
        assertThat(sentences).startsWith("红：1-6月执行 35万元，执行率 29.17%，低于序时进度 50%");
        assertThat(sentences)
                .contains(
                        "红：1-6月2025年春节慰问人数 540人，未完成目标 ≥ 574人（完成 94.1%，应于春节前（1月28日）全部完成）",
                        "绿：1-6月慰问对象满意度 93%，在容差内（目标 ≥ 95%，完成 97.9%）", "逾期未填报：企业家身心健康 1-6月应于7月10日前填报");
        assertThat(shortfalls.stream().map(ShortfallLine::details).toList())
                .anyMatch(t -> t.contains("制度保障：帮扶对象年中复核") && t.contains("改进措施：7月完成复核"));
        assertThat(shortfalls.stream().map(ShortfallLine::details).toList())
                .anyMatch(t -> t.contains("人员保障：走访时间集中") && t.contains("改进措施：下半年开展回访"));
        assertThat(shortfalls.getFirst().href()).matches("projects/\\d+\\?checkpoint=2025-06");
        assertThat(shortfalls)
                .extracting(ShortfallLine::href)
                .anyMatch(h -> h.matches("projects/\\d+/indicators/\\d+\\?checkpoint=2025-06"));
    }

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void a_department_scopes_the_portfolio_and_the_list_filters_by_owner_and_name_in_sql() {
        generator.generate(60, 1, 5, 2025, 6); // 60 projects of another department, judged when first read
        navigateTo(DepartmentPicker.location(new org.attain.status.Checkpoint(2025, 6), "鄂州市总工会"));
        Grid<ProjectLine> grid = _get(Grid.class, s -> s.withId("project-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(7);
        assertThat(_get(ComboBox.class, s -> s.withId("department-scope")).getValue())
                .isEqualTo("鄂州市总工会");
        navigateTo(org.attain.base.ui.Routes.portfolio(new org.attain.status.Checkpoint(2025, 6)));
        grid = _get(Grid.class, s -> s.withId("project-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(67);
        _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("name-filter"))
                .setValue("劳模");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("name-filter"))
                .setValue("");
        ((ComboBox<String>) _get(ComboBox.class, s -> s.withId("owner-filter"))).setValue("owner");
        assertThat(GridKt._size(grid))
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM project_owner o JOIN project p ON p.id = o.project_id"
                                + " WHERE o.username = 'owner' AND p.budget_year = 2025")
                        .query(Integer.class)
                        .single());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_project_grid_lists_worst_first_and_filters_by_light() {
        UI.getCurrent().navigate(PortfolioView.class);
        Grid<ProjectLine> grid = _get(Grid.class, s -> s.withId("project-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(7);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("鄂州市困难职工常态化帮扶及送温暖专项资金");
        assertThat(GridKt._getFormatted(grid, 0, "execution")).isEqualTo("29.17%");
        Select<Light> light = _get(Select.class, s -> s.withId("light-filter"));
        light.setValue(Light.RED);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 1).name()).isEqualTo("鄂州市劳模春节慰问专项资金");
    }

    @Test
    void clicking_a_bar_opens_that_project_and_back_returns() {
        UI.getCurrent().navigate(PortfolioView.class);
        ApexChart chart = _get(ApexChart.class, s -> s.withId("execution-chart"));
        ComponentUtil.fireEvent(chart, new ApexChart.PointClickEvent(chart, true, 0, 0));
        assertThat(_get(H2.class).getText()).isEqualTo("鄂州市困难职工常态化帮扶及送温暖专项资金");
        navigateTo(_get(Anchor.class, s -> s.withText("全部部门")).getHref());
        assertThat(_get(H2.class).getText()).isEqualTo("2025年度 · 1-6月绩效运行监控");
    }

    @Test
    void the_checkpoint_lives_in_the_url() {
        navigateTo("?checkpoint=2025-03");
        assertThat(_get(H2.class).getText()).isEqualTo("2025年度 · 1-3月绩效运行监控");
        // nothing entered and no round opened for 1-3月: awaiting entry is not a shortfall
        assertThat(sentences()).isEmpty();
    }

    @Test
    @Transactional
    void without_projects_the_start_page_explains_how_to_begin() {
        jdbc.sql("DELETE FROM project").update();
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("还没有项目");
        assertThat(_get(Anchor.class, s -> s.withText("导入绩效目标批复")).getHref()).isEqualTo("import");
    }

    @Test
    void english_is_available() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("2025 · monitoring Jan–Jun");
        assertThat(sentences().getFirst())
                .isEqualTo("Red: 35 (10k CNY) spent by Jan–Jun, execution 29.17%, behind time progress 50%");
    }

    @Test
    @Transactional
    void a_leader_sees_a_year_end_miss_of_42_against_50_red_and_on_the_shortfall_list() {
        long id = projects.findExisting("鄂州市总工会", 2025, "企业家疗休养专项资金")
                .orElseThrow()
                .getId();
        login("owner", Role.PROJECT_OWNER);
        var row = monitoring.sheet(id, Checkpoint.yearEnd(2025)).rows().stream()
                .filter(r -> r.indicator().getName().equals("组织企业家疗休养人数"))
                .findFirst()
                .orElseThrow();
        monitoring.save(
                id,
                Checkpoint.yearEnd(2025),
                List.of(new ActualInput(
                        row.indicator().getId(),
                        null,
                        new BigDecimal("42"),
                        null,
                        null,
                        new BigDecimal("42"),
                        null,
                        Set.of(DeviationReason.OTHER),
                        "8 位企业家因生产任务未能参加",
                        Likelihood.IMPOSSIBLE,
                        "明年提前排期",
                        null)),
                null);
        reviews.submit(
                id,
                Checkpoint.yearEnd(2025),
                List.of(org.attain.review.ItemKey.indicator(row.indicator().getId())));
        login("officer", Role.PERFORMANCE_OFFICER);
        reviews.approveAll(id, Checkpoint.yearEnd(2025)); // leaders see approved values only
        login("leader", Role.LEADER);
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("2025年度 · 1-6月绩效运行监控"); // the early value moves no default
        navigateTo("?checkpoint=2025-12");
        List<String> sentences = sentences();
        assertThat(sentences).contains("红：1-12月组织企业家疗休养人数 42人，未完成目标 ≥50人（完成 84%）");
        assertThat(sentences).noneMatch(t -> t.startsWith("绿") && t.contains("42人"));
    }

    @Test
    void the_projected_score_is_graded_only_under_a_profile_that_grades() {
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(projectedFigure()).as("the national profile grades").matches("[0-9.]+ · [优良中差]");
        SystemIdentity.run(() -> profiles.choose(2025, "PROVINCIAL"));
        try {
            UI.getCurrent().navigate(PortfolioView.class);
            assertThat(projectedFigure())
                    .as("the provincial profile gives no grade")
                    .matches("[0-9.]+");
        } finally {
            SystemIdentity.run(() -> profiles.choose(2025, ScoringProfiles.DEFAULT));
        }
    }

    private static String projectedFigure() {
        var figures = _get(com.vaadin.flow.component.orderedlayout.FlexLayout.class, s -> s.withId("figures"));
        List<String> values = texts(figures, "attain-figure-value");
        return values.getLast();
    }

    @Test
    void the_shortfall_list_reads_the_same_lines_a_slice_at_a_time() {
        UI.getCurrent().navigate(PortfolioView.class);
        ShortfallList list = _get(ShortfallList.class);
        List<ShortfallLine> all = list.lines(0, 1000);
        assertThat(all).hasSizeGreaterThan(3);
        // the list's size is the summary's count: one line per counted shortfall
        assertThat(_get(H3.class, s -> s.withText("未达进度与风险（" + all.size() + " 项）")))
                .isNotNull();
        List<ShortfallLine> sliced = new java.util.ArrayList<>(list.lines(0, 2));
        sliced.addAll(list.lines(2, 1));
        sliced.addAll(list.lines(3, 1000));
        assertThat(sliced).isEqualTo(all);
        // budgets first (双监控), then the indicators
        assertThat(all.getFirst().budget()).isTrue();
        assertThat(all.getLast().budget()).isFalse();
    }

    @Test
    @Transactional
    void at_scale_the_heat_map_shows_departments_and_once_one_is_chosen_its_projects() {
        generator.generate(60, 1, 5, 2025, 6);
        navigateTo(org.attain.base.ui.Routes.portfolio(new org.attain.status.Checkpoint(2025, 6)));
        ApexChart heat = _get(ApexChart.class, s -> s.withId("heat-chart"));
        assertThat(heat.getSeries())
                .extracting(org.attain.chart.Series::name)
                .contains("鄂州市总工会")
                .hasSizeLessThanOrEqualTo(DepartmentHeatMap.SHOWN);
        navigateTo(DepartmentPicker.location(new org.attain.status.Checkpoint(2025, 6), "鄂州市总工会"));
        assertThat(_get(ApexChart.class, s -> s.withId("heat-chart")).getSeries())
                .hasSize(7);
    }

    @Test
    void the_printed_list_is_its_own_page_linked_from_the_portfolio() {
        navigateTo(org.attain.base.ui.Routes.portfolio(new org.attain.status.Checkpoint(2025, 6)));
        assertThat(_find(org.attain.base.ui.PrintTable.class)).isEmpty();
        String print = _get(Anchor.class, s -> s.withId("portfolio-print")).getHref();
        assertThat(print).isEqualTo("portfolio/print?checkpoint=2025-06");
        navigateTo(print);
        var table = _get(org.attain.base.ui.PrintTable.class);
        assertThat(table.getElement().getChild(1).getChildCount()).isEqualTo(7); // one row per project
    }

    /** The shortfall list's sentences, as its data provider gives them to the browser. */
    private static List<String> sentences() {
        return _get(ShortfallList.class).lines(0, 1000).stream()
                .map(ShortfallLine::sentence)
                .toList();
    }
}
