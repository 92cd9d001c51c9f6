package org.attain.round.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.attain.KaribuTest;
import org.attain.dashboard.ui.PortfolioView;
import org.attain.round.RoundProgress;
import org.attain.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

class RoundsViewTest extends KaribuTest {

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void the_officer_opens_the_next_round_and_every_page_follows_it() {
        UI.getCurrent().navigate(RoundsView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("2025年监控轮次");
        Grid<RoundProgress> grid = _get(Grid.class, s -> s.withId("rounds-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("已过截止日期");
        assertThat(GridKt._getFormatted(grid, 0, "progress")).isEqualTo("已填 77 / 78 项（其中沿用上期 0 项）");
        _setValue(_get(Select.class, s -> s.withId("round-month")), 9);
        assertThat(_get(DatePicker.class, s -> s.withId("round-due")).getValue())
                .isEqualTo(LocalDate.of(2025, 10, 10));
        _click(_get(Button.class, s -> s.withId("round-open")));
        NotificationsKt.expectNotifications("已开启 1-9月 轮次，沿用上期 84 项");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("rounds-grid")))).isEqualTo(2);
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("2025年度 · 1-9月绩效运行监控");
    }

    @Test
    void a_leader_sees_the_rounds_but_cannot_open_one() {
        login("leader", Role.LEADER);
        UI.getCurrent().navigate(RoundsView.class);
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("rounds-grid")))).isEqualTo(1);
        assertThat(_find(Button.class, s -> s.withId("round-open"))).isEmpty();
    }

    @Test
    void an_owner_sees_on_login_what_is_due_from_them_and_by_when() {
        login("owner", Role.PROJECT_OWNER);
        UI.getCurrent().navigate(PortfolioView.class);
        Div tasks = _get(Div.class, s -> s.withId("owner-tasks"));
        assertThat(_find(tasks, Anchor.class)).extracting(Anchor::getText).contains("企业家疗休养专项资金 · 1-6月");
        assertThat(tasks.getElement().getTextRecursively()).contains("待填报 1 项。").contains("已逾期（截止日期 2025-07-10）");
        // a year-end satisfaction survey is not asked for in the 1-6月 round: the project is listed once, for its one
        // gap (other tests' drafts and returns may list other projects beside it)
        assertThat(_find(tasks, Anchor.class))
                .extracting(Anchor::getText)
                .filteredOn(t -> t.startsWith("企业家疗休养专项资金"))
                .hasSize(1);
    }
}
