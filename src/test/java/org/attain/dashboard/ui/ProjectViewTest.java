package org.attain.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.attain.KaribuTest;
import org.attain.base.ui.Routes;
import org.attain.chart.ApexChart;
import org.attain.indicator.Indicator;
import org.attain.project.ProjectService;
import org.attain.status.ui.LightBadge;
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
    void project_page_shows_lights_tree_charts_tables_and_the_cost_check() {
        Routes.go(Routes.project(projectId("鄂州市劳模春节慰问专项资金")));
        assertThat(_get(H2.class).getText()).isEqualTo("鄂州市劳模春节慰问专项资金");
        assertThat(_get(LightBadge.class, s -> s.withId("project-light")).getText())
                .isEqualTo("● 红");
        assertThat(_get(Paragraph.class, s -> s.withId("budget-sentence")).getText())
                .isEqualTo("绿：1-6月执行 48.6万元，执行率 93.46%，达到序时进度 50%");
        TreeGrid<IndicatorTree.Node> tree = _get(TreeGrid.class, s -> s.withId("indicator-tree"));
        IndicatorTree.Node visits = GridKt._get(tree, 2);
        assertThat(visits.label()).isEqualTo("2025年春节慰问人数");
        assertThat(GridKt._getFormatted(tree, 2, "actual")).isEqualTo("540人");
        assertThat(GridKt._getFormatted(tree, 2, "expected")).isEqualTo("574人");
        assertThat(GridKt._getFormatted(tree, 2, "forecast")).isEqualTo("560人");
        assertThat(GridKt._getFormatted(tree, 2, "attainment")).isEqualTo("94.1%");
        assertThat(GridKt._getFormatted(tree, 2, "reasons"))
                .contains("其他：34名劳模")
                .contains("改进措施：春节后补充走访");
        assertThat(_get(ApexChart.class, s -> s.withId("budget-gauge"))
                        .getElement()
                        .getProperty("options"))
                .contains("预算执行率 93.46% · 序时进度 50%");
        assertThat(_get(ApexChart.class, s -> s.withId("bullet-chart")).getSeries())
                .hasSize(2);
        // the folded tables are built when opened
        assertThat(_find(Grid.class, s -> s.withId("longterm-grid"))).isEmpty();
        _get(Details.class, s -> s.withId("longterm-section")).setOpened(true);
        _get(Details.class, s -> s.withId("monitoring-section")).setOpened(true);
        Grid<Indicator> longTerm = _get(Grid.class, s -> s.withId("longterm-grid"));
        assertThat(GridKt._size(longTerm)).isEqualTo(10);
        Grid<org.attain.portfolio.IndicatorRow> monitoring = _get(Grid.class, s -> s.withId("monitoring-table"));
        assertThat(GridKt._getFormatted(monitoring, 0, "likelihood")).isEqualTo("完全不可能");
        assertThat(_get(Paragraph.class, s -> s.withId("monitoring-funds")).getText())
                .isEqualTo("年初预算数 52.00 万元 · 全年预算数 52.00 万元 · 1-6月执行数 48.60 万元 · 执行率 93.46% · 全年预计执行数 52.00 万元");
        Div findings = _get(Div.class, s -> s.withId("findings"));
        assertThat(_find(findings, ListItem.class))
                .extracting(ListItem::getText)
                .contains("✓ 574人 × 900元 = 51.66万元 ≤ 总成本 52万元");
    }

    @Test
    void an_address_with_a_malformed_or_foreign_checkpoint_shows_the_default_and_says_why() {
        long id = projectId("鄂州市劳模春节慰问专项资金");
        UI.getCurrent()
                .navigate("projects/" + id, com.vaadin.flow.router.QueryParameters.fromString("checkpoint=2025-13"));
        assertThat(_get(H2.class).getText()).isEqualTo("鄂州市劳模春节慰问专项资金");
        NotificationsKt.expectNotifications("网址中的检查点“2025-13”无效或不属于本页的年度，已显示 1-6月。");
        Routes.go(Routes.project(id, new org.attain.status.Checkpoint(2019, 3)));
        NotificationsKt.expectNotifications("网址中的检查点“2019-03”无效或不属于本页的年度，已显示 1-6月。");
        assertThat(_get(Paragraph.class, s -> s.withId("budget-sentence")).getText())
                .contains("1-6月");
    }

    @Test
    @SuppressWarnings("unchecked")
    void drill_down_to_an_indicator_shows_its_history_and_back_returns() {
        Routes.go(Routes.project(projectId("鄂州市劳模春节慰问专项资金")));
        TreeGrid<IndicatorTree.Node> tree = _get(TreeGrid.class, s -> s.withId("indicator-tree"));
        Anchor link = (Anchor) GridKt._getCellComponent(tree, 2, "name");
        navigateTo(link.getHref());
        assertThat(_get(H2.class).getText()).isEqualTo("2025年春节慰问人数");
        assertThat(_get(Span.class, s -> s.withId("current-sentence")).getText())
                .contains("红：1-6月2025年春节慰问人数 540人，未完成目标 ≥ 574人（完成 94.1%，应于春节前（1月28日）全部完成）");
        assertThat(_get(ApexChart.class, s -> s.withId("history-chart")).getSeries())
                .hasSize(2);
        Grid<?> changes = _get(Grid.class, s -> s.withId("change-grid"));
        assertThat(GridKt._size(changes)).isGreaterThanOrEqualTo(4);
        // the drill-down's trail: department → project → indicator, each step back up a link
        assertThat(_get(Nav.class, s -> s.withId("breadcrumbs")).getElement().getTextRecursively())
                .startsWith("全部部门 › 鄂州市总工会 › 鄂州市劳模春节慰问专项资金 › ");
        navigateTo(_get(Anchor.class, s -> s.withText("鄂州市劳模春节慰问专项资金")).getHref());
        assertThat(_get(H2.class).getText()).isEqualTo("鄂州市劳模春节慰问专项资金");
        assertThat(_find(Span.class, s -> s.withText("● 红"))).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void on_a_phone_each_indicator_is_a_card_with_its_figures_sentence_and_reasons() {
        Routes.go(Routes.project(projectId("鄂州市劳模春节慰问专项资金")));
        _get(IndicatorTree.class).showCards(true);
        TreeGrid<IndicatorTree.Node> tree = _get(TreeGrid.class, s -> s.withId("indicator-tree"));
        assertThat(tree.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("name");
        String card = GridKt._getCellComponent(tree, 2, "name").getElement().getTextRecursively();
        assertThat(card)
                .contains(
                        "2025年春节慰问人数",
                        "● 红",
                        "指标值 ≥ 574人",
                        "1-6月完成 540人",
                        "全年预计完成 560人",
                        "未完成目标 ≥ 574人",
                        "偏差原因：其他：34名劳模",
                        "改进措施：春节后补充走访");
        _get(IndicatorTree.class).showCards(false);
        assertThat(tree.getColumnByKey("explanation").isVisible()).isTrue();
    }

    @Test
    void an_unknown_project_or_indicator_is_not_found() {
        UI.getCurrent().navigate("projects/999999");
        assertThat(_get(org.attain.base.ui.NotFoundView.class).getElement().getTextRecursively())
                .contains("/projects/999999");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("页面不存在或无权访问");
        long id = projectId("协理员专项补助");
        UI.getCurrent().navigate("projects/" + id + "/indicators/999999");
        assertThat(_get(org.attain.base.ui.NotFoundView.class).getElement().getTextRecursively())
                .contains("/projects/" + id + "/indicators/999999");
    }

    @Test
    void a_project_whose_spending_lags_is_red_and_says_why_with_its_reasons() {
        Routes.go(Routes.project(projectId("鄂州市困难职工常态化帮扶及送温暖专项资金")));
        assertThat(_get(LightBadge.class, s -> s.withId("project-light")).getText())
                .isEqualTo("● 红");
        assertThat(_get(Paragraph.class, s -> s.withId("project-sentence")).getText())
                .isEqualTo("红：预算：1-6月执行 35万元，执行率 29.17%，低于序时进度 50%");
        assertThat(_get(Paragraph.class, s -> s.withId("budget-deviation")).getText())
                .contains("有可能")
                .contains("制度保障：帮扶对象年中复核")
                .contains("7月完成复核");
    }
}
