package org.attain.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import org.attain.KaribuTest;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.attain.status.Likelihood;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActualsViewTest extends KaribuTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);

    @Autowired
    ProjectService projects;

    @Autowired
    MonitoringService monitoring;

    @org.junit.jupiter.api.BeforeEach
    void signInAsOwner() {
        login("owner", org.attain.security.Role.PROJECT_OWNER);
    }

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    private IndicatorEntryCard card(String indicator) {
        return _find(IndicatorEntryCard.class).stream()
                .filter(c -> c.indicatorName().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    private BigDecimal stored(long projectId, String indicator) {
        return monitoring.sheet(projectId, JUNE).rows().stream()
                .filter(r -> r.indicator().getName().equals(indicator))
                .findFirst()
                .orElseThrow()
                .stored()
                .actual();
    }

    @Test
    void the_owner_sees_the_light_follow_the_value_and_saves() {
        long id = project("鄂州市劳模帮扶专项资金");
        ActualsView.show(id, JUNE);
        assertThat(_get(H2.class).getText()).isEqualTo("鄂州市劳模帮扶专项资金 · 1-6月执行情况填报");
        IndicatorEntryCard helped = card("市级生活困难劳模帮扶人数");
        BigDecimalField actual = _get(helped, BigDecimalField.class, s -> s.withLabel("截至目前完成值"));
        _setValue(actual, new BigDecimal("5"));
        // ≥23人 linear: 11.5 expected by June, a whole 12 people; 5 → 41.7% → red
        assertThat(_get(helped, Span.class, s -> s.withClasses("attain-light")).getText())
                .isEqualTo("● 红");
        assertThat(_find(helped, Span.class, s -> s.withClasses("attain-explanation"))
                        .get(1)
                        .getText())
                .isEqualTo("按进度应完成 12人 · 红：1-6月市级生活困难劳模帮扶人数 5人，低于应完成 12人（完成 41.7%）（按序时进度 50%）");
        _setValue(actual, new BigDecimal("13"));
        assertThat(_get(helped, Span.class, s -> s.withClasses("attain-light")).getText())
                .isEqualTo("✔ 绿");
        _click(_get(Button.class, s -> s.withId("save-actuals")));
        NotificationsKt.expectNotifications("已保存（1 个指标有改动）");
        assertThat(stored(id, "市级生活困难劳模帮扶人数")).isEqualByComparingTo("13");
    }

    @Test
    @SuppressWarnings("unchecked")
    void at_risk_without_reasons_is_refused_on_the_fields_and_nothing_is_saved() {
        long id = project("鄂州市劳模帮扶专项资金");
        BigDecimal before = stored(id, "特殊困难劳模帮扶人数");
        ActualsView.show(id, JUNE);
        IndicatorEntryCard card = card("特殊困难劳模帮扶人数");
        _setValue(_get(card, BigDecimalField.class, s -> s.withLabel("截至目前完成值")), new BigDecimal("20"));
        _setValue(_get(card, Select.class, s -> s.withLabel("完成目标可能性")), Likelihood.POSSIBLE);
        _click(_get(Button.class, s -> s.withId("save-actuals")));
        NotificationsKt.expectNotifications("有 2 处不符合填报规则，未保存任何内容");
        TextArea corrective = _get(card, TextArea.class, s -> s.withLabel("改进措施"));
        assertThat(corrective.isInvalid()).isTrue();
        assertThat(corrective.getErrorMessage()).contains("必须填写改进措施");
        assertThat(stored(id, "特殊困难劳模帮扶人数")).isEqualByComparingTo(before);
    }

    @Test
    void a_negative_count_is_caught_by_the_form() {
        ActualsView.show(project("鄂州市劳模帮扶专项资金"), JUNE);
        BigDecimalField actual = _get(card("省级生活困难劳模帮扶人数"), BigDecimalField.class, s -> s.withLabel("截至目前完成值"));
        _setValue(actual, new BigDecimal("-1"));
        _click(_get(Button.class, s -> s.withId("save-actuals")));
        assertThat(actual.isInvalid()).isTrue();
        assertThat(actual.getErrorMessage()).isEqualTo("不能为负数");
        NotificationsKt.expectNotifications("请先改正标红的字段");
    }

    @Test
    void the_second_saver_is_told_and_shown_the_newer_values() {
        long id = project("鄂州市劳模帮扶专项资金");
        ActualsView.show(id, JUNE);
        IndicatorEntryCard card = card("省级特殊困难劳模帮扶人数");
        _setValue(_get(card, BigDecimalField.class, s -> s.withLabel("截至目前完成值")), new BigDecimal("15"));
        // meanwhile a colleague saves the same indicator
        EntryRow theirs = monitoring.sheet(id, JUNE).rows().stream()
                .filter(r -> r.indicator().getName().equals("省级特殊困难劳模帮扶人数"))
                .findFirst()
                .orElseThrow();
        ActualInput s = theirs.stored();
        monitoring.save(
                id,
                JUNE,
                List.of(new ActualInput(
                        s.indicatorId(),
                        s.version(),
                        new BigDecimal("18"),
                        null,
                        null,
                        s.forecast(),
                        null,
                        s.reasons(),
                        s.reasonText(),
                        s.likelihood(),
                        s.correctiveAction(),
                        s.note())),
                null);
        _click(_get(Button.class, s2 -> s2.withId("save-actuals")));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("其他人刚刚修改了这些数据");
        assertThat(stored(id, "省级特殊困难劳模帮扶人数")).isEqualByComparingTo("18");
        BigDecimalField shown = _get(card("省级特殊困难劳模帮扶人数"), BigDecimalField.class, f -> f.withLabel("截至目前完成值"));
        assertThat(shown.getValue()).isEqualByComparingTo("18");
    }
}
