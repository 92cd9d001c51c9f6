package org.attain.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attain.KaribuTest;
import org.attain.importing.IndicatorDraft;
import org.attain.importing.ProjectDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

class ImportViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    private static byte[] seed() throws IOException {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/seed/approval-2025.txt")) {
            return in.readAllBytes();
        }
    }

    private int revisions() {
        return jdbc.sql("SELECT COUNT(*) FROM target_revision")
                .query(Integer.class)
                .single();
    }

    @Test
    @SuppressWarnings("unchecked")
    @Transactional
    void upload_shows_a_preview_and_confirm_stores_the_revision() throws IOException {
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        String changed = new String(seed(), StandardCharsets.UTF_8).replace("≥ 574人", "≥ 580人");
        view.showPreview("approval.txt", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(_find(H3.class).getFirst().getText()).isEqualTo("approval.txt：7 个项目，168 个指标，确认后保存");
        Grid<ProjectDraft> projects = _get(Grid.class, s -> s.withId("preview-projects"));
        assertThat(GridKt._size(projects)).isEqualTo(7);
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("第 60 行：二级指标“服务对象满意度指标”属于“满意度指标”"))
                .anyMatch(t -> t.contains("574人") ? false : t.contains("580人 × 900元 = 52.2万元，超过总成本 52万元"));
        int before = revisions();
        _click(_get(Button.class, s -> s.withId("confirm-import")));
        assertThat(revisions()).isEqualTo(before + 2);
        NotificationsKt.expectNotifications("已导入 7 个项目（2 个指标值有调整）");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_long_document_previews_its_projects_in_a_scrolling_grid_a_short_one_in_full() throws IOException {
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        view.showPreview("approval.txt", seed());
        Grid<ProjectDraft> few = _get(Grid.class, s -> s.withId("preview-projects"));
        assertThat(few.isAllRowsVisible()).isTrue();
        String text = new String(seed(), StandardCharsets.UTF_8);
        StringBuilder many = new StringBuilder();
        for (int copy = 0; copy < 40; copy++) {
            many.append(text.replaceAll("(项目名称\t)([^\t\n]+)", "$1$2（副本" + copy + "）"));
        }
        view.showPreview("many.txt", many.toString().getBytes(StandardCharsets.UTF_8));
        Grid<ProjectDraft> grid = _get(Grid.class, s -> s.withId("preview-projects"));
        // every row asked for at once is refused by Vaadin beyond ten pages: the grid scrolls and fetches instead
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.getHeight()).isEqualTo("36rem");
        assertThat(GridKt._size(grid)).isEqualTo(280);
        // one project's indicator table at a time, the row chosen
        assertThat(_find(Details.class)).singleElement().satisfies(d -> assertThat(d.getSummaryText())
                .startsWith("协理员专项补助（副本0）"));
        grid.select(GridKt._get(grid, 279));
        assertThat(_find(Details.class)).singleElement().satisfies(d -> assertThat(d.getSummaryText())
                .startsWith("企业家疗休养专项资金（副本39）"));
    }

    @Test
    void cancel_stores_nothing() throws IOException {
        UI.getCurrent().navigate(ImportView.class);
        int before = revisions();
        _get(ImportView.class).showPreview("approval.txt", seed());
        _click(_get(Button.class, s -> s.withId("cancel-import")));
        assertThat(_get(Paragraph.class, s -> s.withText("已取消，没有保存任何内容。"))).isNotNull();
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void a_document_without_a_year_is_refused_then_read_again_with_the_year_typed_in() {
        UI.getCurrent().navigate(ImportView.class);
        String text = "项目名称\t菌类加工车间建设项目\n一级指标\t二级指标\t三级指标\t指标值\n" + "产出指标\t数量指标\t冷库面积\t≥1290平方米\n";
        _get(ImportView.class).showPreview("selfeval.txt", text.getBytes(StandardCharsets.UTF_8));
        Div preview = _get(Div.class, s -> s.withId("import-preview"));
        assertThat(_find(preview, ListItem.class).getFirst().getText())
                .contains("文件中没有写明年度")
                .contains("导入页面的“年度”栏");
        assertThat(_find(Button.class, s -> s.withId("confirm-import"))).isEmpty();
        _setValue(_get(IntegerField.class, s -> s.withLabel("年度")), 2023);
        assertThat(_find(H3.class).getFirst().getText()).isEqualTo("selfeval.txt：1 个项目，1 个指标，确认后保存");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(t -> t.contains("按导入时填写的年度") && t.contains("2023"));
        assertThat(_find(Button.class, s -> s.withId("confirm-import"))).hasSize(1);
    }

    @Test
    void an_unreadable_file_shows_its_errors_and_changes_nothing() {
        UI.getCurrent().navigate(ImportView.class);
        _get(ImportView.class).showPreview("photo.png", new byte[] {0, 1, 2, 3, 0, 0, 0, 1});
        Div preview = _get(Div.class, s -> s.withId("import-preview"));
        assertThat(_get(preview, H3.class).getText()).isEqualTo("photo.png 无法导入，数据库没有任何改动");
        assertThat(_find(preview, ListItem.class).getFirst().getText()).contains("不是文本文件");
        assertThat(_find(Button.class, s -> s.withId("confirm-import"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_word_file_shows_each_project_table_as_it_will_be_stored_beside_its_warnings() throws IOException {
        UI.getCurrent().navigate(ImportView.class);
        byte[] docx = org.attain.importing.render.WordRender.docx(
                org.attain.importing.TargetImportService.check("seed.txt", seed())
                        .document()
                        .projects());
        _get(ImportView.class).showPreview("批复.docx", docx);
        assertThat(_find(H3.class).getFirst().getText()).isEqualTo("批复.docx：7 个项目，168 个指标，确认后保存");
        List<Details> projects = _find(Details.class);
        assertThat(projects).hasSize(7);
        assertThat(projects.getFirst().getSummaryText()).isEqualTo("协理员专项补助 · 2025年 · 8 万元 · 15 个指标 · 0 条警告");
        Grid<IndicatorDraft> table = _get(projects.get(1), Grid.class);
        assertThat(GridKt._size(table)).isEqualTo(20);
        assertThat(GridKt._getFormattedRow(table, 0))
                .containsExactly("长期", "产出指标", "数量指标", "2025年春节慰问人数", "≥ 574人", "≥ 574 人", "计划值");
        assertThat(GridKt._getFormattedRow(table, 4)).contains("900元/人", "≤ 900 元/人（未写比较符）");
        assertThat(_find(Button.class, s -> s.withId("confirm-import"))).hasSize(1);
    }
}
