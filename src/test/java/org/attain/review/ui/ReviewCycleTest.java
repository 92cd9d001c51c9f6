package org.attain.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.attain.KaribuTest;
import org.attain.base.ui.Routes;
import org.attain.indicator.Indicator;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.ui.ActualsView;
import org.attain.project.ProjectService;
import org.attain.review.ItemKey;
import org.attain.review.ReviewItem;
import org.attain.review.ReviewService;
import org.attain.round.ReportingRounds;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring cycle as the office runs it, in the 1-9月 round: the owner drafts and submits, the officer returns
 * with a reason, the owner corrects and resubmits, the officer approves, and only then does the leader see the value.
 */
@Transactional
class ReviewCycleTest extends KaribuTest {

    static final Checkpoint SEPTEMBER = new Checkpoint(2025, 9);
    static final String PROJECT = "鄂州市劳模春节慰问专项资金";
    static final String VISITS = "2025年春节慰问人数";

    @Autowired
    ProjectService projects;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReportingRounds rounds;

    long projectId;
    Indicator visits;

    @BeforeEach
    void openTheSeptemberRound() {
        projectId = projects.findExisting("鄂州市总工会", 2025, PROJECT).orElseThrow().getId();
        visits = monitoring.sheet(projectId, SEPTEMBER).rows().stream()
                .filter(r -> r.indicator().getName().equals(VISITS))
                .findFirst()
                .orElseThrow()
                .indicator();
        rounds.open(SEPTEMBER, LocalDate.of(2025, 10, 10)); // as the officer: every 1-6月 value is carried as a draft
    }

    private IndicatorCardFields visitsCard() {
        return new IndicatorCardFields(
                _find(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("attain-entry-card")).stream()
                        .filter(c -> c.getElement().getAttribute("data-indicator") != null
                                && c.getElement().getAttribute("data-indicator").equals(String.valueOf(visits.getId())))
                        .findFirst()
                        .orElseThrow());
    }

    /** The parts of the entry card of 2025年春节慰问人数 a user looks at. */
    record IndicatorCardFields(com.vaadin.flow.component.html.Div card) {
        BigDecimalField actual() {
            return _get(card, BigDecimalField.class, s -> s.withLabel("截至目前完成值"));
        }

        String review() {
            return _get(card, ReviewBadge.class).getText();
        }

        List<String> reasons() {
            return _find(card, Span.class, s -> s.withClasses("attain-return-reason")).stream()
                    .map(Span::getText)
                    .toList();
        }
    }

    private void ownerEntersAndSubmits(String value) {
        login("owner", Role.PROJECT_OWNER);
        ActualsView.show(projectId, SEPTEMBER);
        _setValue(visitsCard().actual(), new BigDecimal(value));
        _click(_get(Button.class, s -> s.withId("submit-review"))); // saves the form first
        List<String> shown = notifications();
        assertThat(shown.getFirst()).isEqualTo("已保存（1 个指标有改动）");
        assertThat(shown.getLast()).matches("已提交 \\d+ 项，等待绩效专员审核");
        NotificationsKt.clearNotifications();
        assertThat(visitsCard().review()).isEqualTo("已提交，待审核");
        assertThat(visitsCard().actual().isEnabled()).isFalse();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    /** What the leader's indicator page says at 1-9月: the sentence of the approved value, or nothing. */
    private List<String> leaderSees() {
        login("leader", Role.LEADER);
        navigateTo("projects/" + projectId + "/indicators/" + visits.getId() + "?checkpoint=" + SEPTEMBER.iso());
        return _find(Span.class, s -> s.withId("current-sentence")).stream()
                .map(Span::getText)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private void officerActsOn(String button, String reason) {
        login("officer", Role.PERFORMANCE_OFFICER);
        navigateTo(Routes.review(projectId, SEPTEMBER));
        Grid<ReviewLine> grid = _get(Grid.class, s -> s.withId("review-grid"));
        grid.getListDataView()
                .getItems()
                .filter(l -> VISITS.equals(l.item().name()))
                .forEach(grid::select);
        _setValue(_get(TextField.class, s -> s.withId("review-reason")), reason);
        _click(_get(Button.class, s -> s.withId(button)));
    }

    @Test
    void a_value_reaches_the_leader_only_once_the_officer_has_approved_it() {
        ownerEntersAndSubmits("560");
        assertThat(leaderSees()).isEmpty(); // submitted, not approved: the leader sees nothing yet

        officerActsOn("return-selected", "名单核对后应为 574 人，请更正");
        NotificationsKt.expectNotifications("已退回 1 项");

        login("owner", Role.PROJECT_OWNER);
        ActualsView.show(projectId, SEPTEMBER);
        assertThat(visitsCard().review()).isEqualTo("已退回");
        assertThat(visitsCard().reasons()).singleElement().asString().startsWith("退回原因：名单核对后应为 574 人，请更正（绩效专员（演示），");
        assertThat(leaderSees()).isEmpty();

        ownerEntersAndSubmits("574");
        login("officer", Role.PERFORMANCE_OFFICER);
        navigateTo(Routes.review(projectId, SEPTEMBER));
        _click(_get(Button.class, s -> s.withId("approve-all")));
        assertThat(notifications()).singleElement().asString().matches("已通过 \\d+ 项");

        assertThat(leaderSees()).singleElement().asString().contains("574人");
        assertThat(reviews.items(projectId, SEPTEMBER))
                .filteredOn(i -> VISITS.equals(i.name()))
                .singleElement()
                .extracting(i -> i.review().reviewedBy())
                .isEqualTo("officer");
    }

    @Test
    void nobody_approves_their_own_entry() {
        SystemIdentity.enter("officer"); // a value entered under the officer's name, submitted
        ActualInput carried = monitoring.sheet(projectId, SEPTEMBER).rows().stream()
                .filter(r -> r.indicator().getId().equals(visits.getId()))
                .findFirst()
                .orElseThrow()
                .stored();
        monitoring.save(
                projectId,
                SEPTEMBER,
                List.of(new ActualInput(
                        visits.getId(),
                        carried.version(),
                        new BigDecimal("574"),
                        null,
                        null,
                        new BigDecimal("574"),
                        null,
                        carried.reasons(),
                        carried.reasonText(),
                        carried.likelihood(),
                        carried.correctiveAction(),
                        null)),
                null);
        reviews.submit(projectId, SEPTEMBER, List.of(ItemKey.indicator(visits.getId())));
        officerActsOn("approve-selected", "");
        NotificationsKt.expectNotifications("不能审核自己填报或提交的“2025年春节慰问人数”，须由另一人审核。");
        assertThat(reviews.items(projectId, SEPTEMBER))
                .filteredOn(i -> VISITS.equals(i.name()))
                .extracting(ReviewItem::state)
                .containsExactly(org.attain.status.ReviewState.SUBMITTED);
    }

    /** Tests sharing this application context keep the values they change at 1-6月 as drafts: approve those. */
    private void approveWhatOtherTestsLeftAsDraftsAtJune() {
        Checkpoint june = new Checkpoint(2025, 6);
        SystemIdentity.run(() -> {
            for (var p : projects.summaries(2025, org.springframework.data.domain.PageRequest.of(0, 100))) {
                if (reviews.items(p.id(), june).stream()
                        .anyMatch(i ->
                                i.hasValues() && i.state() != null && i.state().isSubmittable())) {
                    reviews.submitAll(p.id(), june);
                    reviews.approveAll(p.id(), june);
                }
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_round_is_locked_only_when_every_item_is_approved_or_waived() {
        approveWhatOtherTestsLeftAsDraftsAtJune();
        navigateTo("reports?checkpoint=2025-06");
        _click(_get(Button.class, s -> s.withId("toggle-lock")));
        NotificationsKt.expectNotifications("还有 1 项既未通过也未免报（如 企业家疗休养专项资金 · 企业家身心健康），不能锁定本轮次。");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("lock-state"))
                        .getText())
                .isEqualTo("未锁定：项目负责人可以填报和修改。");

        long rest = projects.findExisting("鄂州市总工会", 2025, "企业家疗休养专项资金")
                .orElseThrow()
                .getId();
        navigateTo(Routes.review(rest, new Checkpoint(2025, 6)));
        Grid<ReviewLine> grid = _get(Grid.class, s -> s.withId("review-grid"));
        grid.getListDataView()
                .getItems()
                .filter(l -> "企业家身心健康".equals(l.item().name()))
                .forEach(grid::select);
        _click(_get(Button.class, s -> s.withId("waive-selected")));
        NotificationsKt.expectNotifications("退回或免报须说明原因。");
        _setValue(_get(TextField.class, s -> s.withId("review-reason")), "身心健康评估改在年底统一开展");
        _click(_get(Button.class, s -> s.withId("waive-selected")));
        NotificationsKt.expectNotifications("已免报 1 项");

        navigateTo("reports?checkpoint=2025-06");
        _click(_get(Button.class, s -> s.withId("toggle-lock")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("lock-state"))
                        .getText())
                .isEqualTo("已锁定（全部部门）：填报数据只读。");
    }
}
