package org.attain.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.attain.KaribuTest;
import org.attain.base.ui.Routes;
import org.attain.earlier.HistoryImportService;
import org.attain.earlier.HistoryImportServiceTest;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The pages an officer reads after importing the 2024 self-evaluation: its scores beside Attain's, last year's values. */
@Transactional
class EarlierYearViewsTest extends KaribuTest {

    @Autowired
    HistoryImportService importer;

    @Autowired
    ProjectService projects;

    private long imported() {
        importer.store(
                HistoryImportServiceTest.document(HistoryImportServiceTest.SELF_EVALUATION_2024), "鄂州市总工会", false);
        return projects.findExisting("鄂州市总工会", 2024, "协理员专项补助").orElseThrow().getId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_2024_self_evaluation_shows_the_documents_scores_beside_attains_with_the_differences_marked() {
        long id = imported();
        Routes.go(Routes.selfEvaluation(id, Checkpoint.yearEnd(2024)));
        assertThat(_get(Paragraph.class, s -> s.withId("stated-totals")).getText())
                .startsWith("文件：总分 95.9，等级 优；Attain 重算：");
        Grid<Object> grid = _get(Grid.class, s -> s.withId("stated-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(7);
        assertThat(GridKt._getFormatted(grid, 0, "stated-score")).isEqualTo("14.4");
        assertThat(GridKt._getFormatted(grid, 0, "attain-score")).isEqualTo("12 / 12.5");
        assertThat(GridKt._getFormatted(grid, 0, "stated-weight-score")).isEqualTo("14.4");
        assertThat(GridKt._getFormatted(grid, 0, "differs")).isEqualTo("≠");

        // opened without a checkpoint (from the project page): the year-end evaluation the document is, not a forecast
        UI.getCurrent().navigate("projects/" + id + "/self-evaluation");
        assertThat(_get(Paragraph.class, s -> s.withId("stated-totals")).getText())
                .startsWith("文件：总分 95.9");
    }

    @Test
    @SuppressWarnings("unchecked")
    void this_years_project_shows_the_same_checkpoint_last_year() {
        imported();
        long thisYear =
                projects.findExisting("鄂州市总工会", 2025, "协理员专项补助").orElseThrow().getId();
        Routes.go(Routes.project(thisYear, Checkpoint.yearEnd(2025)));
        Grid<Object> grid = _get(Grid.class, s -> s.withId("last-year-grid"));
        assertThat(GridKt._getFormatted(grid, 0, "last-year")).isEqualTo("24人");
        assertThat(GridKt._getFormatted(grid, 0, "last-year-target")).isEqualTo("25人");
        Routes.go(Routes.project(thisYear, new Checkpoint(2025, 6)));
        assertThat(_find(Grid.class, s -> s.withId("last-year-grid"))).isEmpty();
    }
}
