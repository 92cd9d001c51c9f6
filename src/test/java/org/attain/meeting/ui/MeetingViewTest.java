package org.attain.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.attain.KaribuTest;
import org.attain.meeting.MeetingService;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingViewTest extends KaribuTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);

    @Autowired
    MeetingService meetings;
    @Autowired
    ProjectService projects;

    @Test
    void the_meeting_walks_the_agenda_worst_first_through_every_project() {
        MeetingView.show(JUNE, 0);
        assertThat(_get(H1.class).getText()).isEqualTo("议程（按状态从差到好）");
        List<ListItem> agenda = _find(_get(com.vaadin.flow.component.html.OrderedList.class), ListItem.class);
        assertThat(agenda).hasSize(7);
        // 双监控: the largest project, red for its lagging budget, opens the agenda; the missed visits follow
        assertThat(_find(agenda.getFirst(), Button.class).getFirst().getText()).isEqualTo("鄂州市困难职工常态化帮扶及送温暖专项资金");
        assertThat(_find(agenda.get(1), Button.class).getFirst().getText()).isEqualTo("鄂州市劳模春节慰问专项资金");
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            _click(_get(Button.class, s -> s.withId("next-slide")));
            titles.add(_get(H1.class).getText());
            assertThat(_get(Span.class, s -> s.withId("slide-counter")).getText()).isEqualTo((i + 1) + " / 8");
        }
        assertThat(titles).hasSize(7).doesNotHaveDuplicates().startsWith("鄂州市困难职工常态化帮扶及送温暖专项资金", "鄂州市劳模春节慰问专项资金");
        _click(_get(Button.class, s -> s.withId("next-slide")));
        assertThat(_get(Span.class, s -> s.withId("slide-counter")).getText()).isEqualTo("8 / 8");
        _get(MeetingView.class).go(0);
        assertThat(_get(H1.class).getText()).isEqualTo("议程（按状态从差到好）");
    }

    @Test
    void a_project_slide_shows_shortfalls_with_reasons_and_records_a_decision() {
        MeetingView.show(JUNE, 2);
        assertThat(_get(H1.class).getText()).isEqualTo("鄂州市劳模春节慰问专项资金");
        Div shortfalls = _get(Div.class, s -> s.withId("slide-shortfalls"));
        assertThat(_find(shortfalls, Span.class).stream().map(Span::getText).toList())
                .anyMatch(t -> t.contains("540人，未完成目标 ≥ 574人"))
                .anyMatch(t -> t.contains("改进措施：春节后补充走访并电话慰问"));
        _setValue(_get(TextArea.class, s -> s.withId("decisions")), "节后补访 34 名劳模，9 月底前完成");
        _click(_get(Button.class, s -> s.withId("save-note")));
        NotificationsKt.expectNotifications("会议记录已保存");
        long id = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金").orElseThrow().getId();
        assertThat(meetings.note(id, JUNE).decisions()).isEqualTo("节后补访 34 名劳模，9 月底前完成");
        assertThat(_get(TextArea.class, s -> s.withId("decisions")).getValue()).isEqualTo("节后补访 34 名劳模，9 月底前完成");
    }

    @Test
    void the_slide_of_a_project_whose_spending_lags_is_red_and_shows_the_budget_reasons() {
        MeetingView.show(JUNE, 1);
        assertThat(_get(H1.class).getText()).isEqualTo("鄂州市困难职工常态化帮扶及送温暖专项资金");
        assertThat(_find(Span.class, s -> s.withText("● 红"))).isNotEmpty();
        Div budget = _get(Div.class, s -> s.withId("slide-budget"));
        assertThat(budget.getElement().getTextRecursively()).contains("执行率 29.2%，低于序时进度 50%")
                .contains("制度保障：帮扶对象年中复核");
        assertThat(_get(Div.class, s -> s.withId("slide-shortfalls")).getElement().getTextRecursively())
                .isEqualTo("各项指标符合进度，但预算执行滞后（见上）。");
    }
}
