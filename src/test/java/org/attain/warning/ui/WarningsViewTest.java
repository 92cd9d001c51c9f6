package org.attain.warning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.attain.KaribuTest;
import org.attain.security.Role;
import org.attain.warning.Decision;
import org.attain.warning.ProjectWarning;
import org.attain.warning.WarningKind;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/** The demo's 1-6月: 困难职工常态化帮扶 spent 35 of 120 万元 (29.2 %), below the June floor of 40 %. */
@Transactional
class WarningsViewTest extends KaribuTest {

    static final String LAGGING = "鄂州市困难职工常态化帮扶及送温暖专项资金";

    @SuppressWarnings("unchecked")
    private int row(Grid<ProjectWarning> grid) {
        return grid.getListDataView()
                .getItems()
                .map(w -> w.projectName() + ":" + w.warning().kind())
                .toList()
                .indexOf(LAGGING + ":" + WarningKind.EXECUTION_FLOOR);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_project_below_the_floor_asks_for_a_decision_by_its_deadline_and_is_overdue_without_one() {
        navigateTo("warnings?checkpoint=2025-06");
        Grid<ProjectWarning> grid = _get(Grid.class, s -> s.withId("warning-grid"));
        int row = row(grid);
        assertThat(GridKt._getFormatted(grid, row, "what")).isEqualTo("1-6月预算执行率 29.2%，低于进度下限 40%");
        assertThat(GridKt._getFormatted(grid, row, "asked")).isEqualTo("继续执行 / 调剂 / 取消，2025-07-25 前决定");
        assertThat(((Span) GridKt._getCellComponent(grid, row, "state")).getText())
                .isEqualTo("逾期未决定");

        FlexLayout decide = (FlexLayout) GridKt._getCellComponent(grid, row, "decide");
        _setValue((Select<Decision>) decide.getComponentAt(0), Decision.REALLOCATE);
        _click((Button) decide.getComponentAt(1));
        grid = _get(Grid.class, s -> s.withId("warning-grid"));
        assertThat(((Span) GridKt._getCellComponent(grid, row(grid), "state")).getText())
                .startsWith("已决定：调剂（绩效专员（演示））");

        login("leader", Role.LEADER);
        navigateTo("warnings?checkpoint=2025-06");
        assertThat(_get(Grid.class, s -> s.withId("warning-grid")).getColumnByKey("decide"))
                .isNull();
    }
}
