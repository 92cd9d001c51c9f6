package org.attain.scoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.attain.KaribuTest;
import org.attain.assessment.ScoringProfile;
import org.attain.base.ui.Routes;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

class ScoringProfilesViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void the_officer_chooses_the_provincial_profile_and_the_self_evaluation_names_it() {
        navigateTo("scoring?year=2025");
        assertThat(_get(Paragraph.class, s -> s.withId("scoring-current")).getText())
                .isEqualTo("2025年尚未选择评分方案，按 全国通用（财预〔2020〕10号） 计分。");
        Grid<ScoringProfile> grid = _get(Grid.class, s -> s.withId("scoring-grid"));
        assertThat(GridKt._getFormatted(grid, 1, "weights")).isEqualTo("预算执行率 20 · 产出指标 40 · 效益指标 + 满意度指标 40");
        assertThat(GridKt._getFormatted(grid, 1, "bands")).startsWith("达成 80–100%（100%） · 部分达成");
        assertThat(GridKt._getFormatted(grid, 0, "grades")).isEqualTo("优 ≥90 · 良 ≥80 · 中 ≥60");
        assertThat(GridKt._getFormatted(grid, 1, "grades")).isEqualTo("不定等级");
        _click((Button) GridKt._getCellComponent(grid, 1, "use"));
        assertThat(_get(Paragraph.class, s -> s.withId("scoring-current")).getText())
                .isEqualTo("2025年采用：省级一体化（预算执行 20 分，不定等级）");

        long id = projects.findExisting("鄂州市总工会", 2025, "协理员专项补助").orElseThrow().getId();
        navigateTo(Routes.selfEvaluation(id, new Checkpoint(2025, 6)));
        assertThat(_get(Span.class, s -> s.withId("scoring-profile")).getText())
                .isEqualTo("评分方案：省级一体化（预算执行 20 分，不定等级）");
        assertThat(_get(Span.class, s -> s.withId("total")).getText()).endsWith("不定等级");
    }

    @Test
    void a_leader_reads_the_profiles_but_cannot_choose() {
        login("leader", Role.LEADER);
        navigateTo("scoring");
        assertThat(_get(Grid.class, s -> s.withId("scoring-grid")).getColumnByKey("use"))
                .isNull();
    }
}
