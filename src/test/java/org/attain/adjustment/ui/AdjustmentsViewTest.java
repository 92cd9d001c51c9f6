package org.attain.adjustment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.attain.KaribuTest;
import org.attain.adjustment.AdjustmentKind;
import org.attain.adjustment.TargetAdjustment;
import org.attain.indicator.Indicator;
import org.attain.project.ProjectSummary;
import org.attain.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class AdjustmentsViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_officer_proposes_a_new_target_and_a_second_person_approves_it() {
        navigateTo("adjustments");
        _click(_get(Button.class, s -> s.withId("propose-adjustment")));
        Select<ProjectSummary> project = _get(Select.class, s -> s.withId("adjust-project"));
        _setValue(
                project,
                project.getListDataView()
                        .getItems()
                        .filter(p -> p.name().equals("鄂州市劳模春节慰问专项资金"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(Select.class, s -> s.withId("adjust-kind")), AdjustmentKind.CHANGE);
        Select<Indicator> indicator = _get(Select.class, s -> s.withId("adjust-indicator"));
        _setValue(
                indicator,
                indicator
                        .getListDataView()
                        .getItems()
                        .filter(i -> i.getName().equals("2025年春节慰问人数"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(Select.class, s -> s.withId("adjust-from")), 9);
        _setValue(_get(TextField.class, s -> s.withId("adjust-target")), "≥600人");
        _click(_get(Button.class, s -> s.withId("adjust-submit")));
        NotificationsKt.expectNotifications("请填写调整原因。");
        _setValue(_get(TextArea.class, s -> s.withId("adjust-reason")), "新增困难劳模名单");
        _setValue(_get(TextArea.class, s -> s.withId("adjust-basis")), "市总工会〔2025〕12号");
        _click(_get(Button.class, s -> s.withId("adjust-submit")));

        Grid<TargetAdjustment> grid = _get(Grid.class, s -> s.withId("adjustment-grid"));
        assertThat(GridKt._getFormatted(grid, 0, "change")).isEqualTo("≥ 574人 → ≥600人");
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("绩效专员（演示） 提出，待审批");
        _click((Button) ((HorizontalLayout) GridKt._getCellComponent(grid, 0, "decide")).getComponentAt(0));
        NotificationsKt.expectNotifications("不能审批自己提出的调整，须由另一位绩效专员或管理员审批。");

        login("admin", Role.ADMIN);
        navigateTo("adjustments");
        grid = _get(Grid.class, s -> s.withId("adjustment-grid"));
        _click((Button) ((HorizontalLayout) GridKt._getCellComponent(grid, 0, "decide")).getComponentAt(0));
        grid = _get(Grid.class, s -> s.withId("adjustment-grid"));
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("绩效专员（演示） 提出，管理员（演示） 批准");
    }
}
