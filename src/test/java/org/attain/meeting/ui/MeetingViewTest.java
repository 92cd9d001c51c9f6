package org.attain.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attain.KaribuTest;
import org.attain.meeting.MeetingService;
import org.attain.portfolio.StatusService;
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

    @Autowired
    StatusService status;

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
            assertThat(_get(Span.class, s -> s.withId("slide-counter")).getText())
                    .isEqualTo((i + 1) + " / 8");
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
        // the slide carries no field: typing cannot turn a slide; the record opens in a dialog
        assertThat(_find(TextArea.class)).isEmpty();
        _click(_get(Button.class, s -> s.withId("record-note")));
        _setValue(_get(TextArea.class, s -> s.withId("decisions")), "节后补访 34 名劳模");
        _setValue(_get(TextField.class, s -> s.withId("decision-owner")), "王主任");
        _setValue(_get(DatePicker.class, s -> s.withId("decision-due")), LocalDate.of(2025, 9, 30));
        _click(_get(Button.class, s -> s.withId("save-note")));
        NotificationsKt.expectNotifications("会议记录已保存");
        long id = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金")
                .orElseThrow()
                .getId();
        assertThat(meetings.note(id, JUNE).decisions()).isEqualTo("节后补访 34 名劳模");
        assertThat(meetings.note(id, JUNE).decisionOwner()).isEqualTo("王主任");
        assertThat(meetings.note(id, JUNE).decisionDue()).isEqualTo(LocalDate.of(2025, 9, 30));
        _click(_get(Button.class, s -> s.withId("record-note")));
        assertThat(_get(TextArea.class, s -> s.withId("decisions")).getValue()).isEqualTo("节后补访 34 名劳模");
    }

    @Test
    void arrow_keys_space_and_page_keys_turn_the_slides() {
        MeetingView.show(JUNE, 0);
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        assertThat(_get(Span.class, s -> s.withId("slide-counter")).getText()).isEqualTo("2 / 8");
        ShortcutsKt.fireShortcut(Key.SPACE);
        ShortcutsKt.fireShortcut(Key.PAGE_DOWN);
        assertThat(_get(Span.class, s -> s.withId("slide-counter")).getText()).isEqualTo("4 / 8");
        ShortcutsKt.fireShortcut(Key.ARROW_LEFT);
        ShortcutsKt.fireShortcut(Key.PAGE_UP);
        assertThat(_get(Span.class, s -> s.withId("slide-counter")).getText()).isEqualTo("2 / 8");
        ShortcutsKt.fireShortcut(Key.END);
        assertThat(_get(Span.class, s -> s.withId("slide-counter")).getText()).isEqualTo("8 / 8");
        ShortcutsKt.fireShortcut(Key.HOME);
        assertThat(_get(H1.class).getText()).isEqualTo("议程（按状态从差到好）");
    }

    @Test
    void the_minutes_name_date_place_chair_attendees_and_each_decision_with_owner_and_deadline() throws Exception {
        MeetingView.show(JUNE, 0);
        _click(_get(Button.class, s -> s.withId("meeting-details")));
        _setValue(_get(DatePicker.class, s -> s.withId("meeting-held-on")), LocalDate.of(2025, 7, 15));
        _setValue(_get(TextField.class, s -> s.withId("meeting-place")), "三楼会议室");
        _setValue(_get(TextField.class, s -> s.withId("meeting-chair")), "李主席");
        _setValue(_get(TextArea.class, s -> s.withId("meeting-attendees")), "张三、李四、王五");
        _click(_get(Button.class, s -> s.withId("save-details")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("meeting-when"))
                        .getText())
                .contains("三楼会议室", "李主席");
        long id = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金")
                .orElseThrow()
                .getId();
        meetings.save(
                JUNE,
                new org.attain.meeting.MeetingNote(
                        id,
                        "节后补访",
                        "补访 34 名劳模",
                        "王主任",
                        LocalDate.of(2025, 9, 30),
                        meetings.note(id, JUNE).version(),
                        null));
        var portfolio = status.portfolio(JUNE);
        String pdf;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(meetings.minutes(portfolio, MeetingService.Format.PDF))) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        String docx;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(meetings.minutes(portfolio, MeetingService.Format.DOCX)))) {
            docx = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
        }
        for (String text : List.of(pdf.replaceAll("\\s+", ""), docx.replaceAll("\\s+", ""))) {
            assertThat(text)
                    .contains(
                            "2025年1-6月绩效运行监控会议纪要",
                            "会议时间：2025年7月15日",
                            "会议地点：三楼会议室",
                            "主持人：李主席",
                            "出席人员：张三、李四、王五",
                            "会议意见：节后补访",
                            "鄂州市劳模春节慰问专项资金：补访34名劳模。责任人：王主任；完成时限：2025年9月30日。",
                            "执行率29.17%，低于序时进度50%")
                    .doesNotContain("没有数据")
                    .doesNotContain("no data");
        }
    }

    @Test
    void the_slide_of_a_project_whose_spending_lags_is_red_and_shows_the_budget_reasons() {
        MeetingView.show(JUNE, 1);
        assertThat(_get(H1.class).getText()).isEqualTo("鄂州市困难职工常态化帮扶及送温暖专项资金");
        assertThat(_find(Span.class, s -> s.withText("● 红"))).isNotEmpty();
        Div budget = _get(Div.class, s -> s.withId("slide-budget"));
        assertThat(budget.getElement().getTextRecursively())
                .contains("执行率 29.17%，低于序时进度 50%")
                .contains("制度保障：帮扶对象年中复核");
        assertThat(_get(Div.class, s -> s.withId("slide-shortfalls"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("各项指标符合进度，但预算执行滞后（见上）。");
    }
}
