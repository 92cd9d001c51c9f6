package org.attain.earlier.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.attain.KaribuTest;
import org.attain.base.ui.Routes;
import org.attain.earlier.HistoryImportServiceTest;
import org.attain.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class HistoryImportViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    private int imports() {
        return jdbc.sql("SELECT COUNT(*) FROM history_import")
                .query(Integer.class)
                .single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_preview_shows_what_will_be_stored_and_confirming_stores_it() throws IOException {
        Routes.go(Routes.IMPORT_HISTORY);
        HistoryImportView view = _get(HistoryImportView.class);
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/corpus/26-suixi-temporary-relief-selfeval.txt"));
        view.showPreview("26.txt", bytes);
        Grid<Object> grid = _get(Grid.class, s -> s.withClasses("history-preview-grid"));
        assertThat(GridKt._getFormatted(grid, 0, "weight")).isEqualTo("5");
        assertThat(GridKt._getFormatted(grid, 0, "actual")).isEqualTo("21980人");
        assertThat(imports()).isZero();
        _click(_get(Button.class, s -> s.withId("confirm-history")));
        assertThat(imports()).isEqualTo(1);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("已作为往年数据导入 1 个项目");
    }

    @Test
    void a_bad_file_is_refused_with_its_reason_and_nothing_is_stored() {
        Routes.go(Routes.IMPORT_HISTORY);
        _get(HistoryImportView.class).showPreview("notes.txt", "会议纪要\n今天讨论了预算".getBytes(StandardCharsets.UTF_8));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anySatisfy(t -> assertThat(t).contains("不是绩效自评表或绩效运行监控表"));
        assertThat(_find(Button.class, s -> s.withId("confirm-history"))).isEmpty();
        assertThat(imports()).isZero();
        assertThat(HistoryImportServiceTest.SELF_EVALUATION_2024).contains("总分");
    }

    @Test
    void only_the_performance_officer_may_open_the_history_import() {
        for (Role role : new Role[] {Role.LEADER, Role.PROJECT_OWNER, Role.ADMIN}) {
            login(role.name().toLowerCase(Locale.ROOT), role);
            try {
                UI.getCurrent().navigate(HistoryImportView.class);
            } catch (RuntimeException | Error denied) {
                // refused by navigation: also what is asserted below
            }
            assertThat(_find(HistoryImportView.class)).as(role.name()).isEmpty();
        }
    }
}
