package org.attain.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.attain.KaribuTest;
import org.attain.monitoring.CheckpointLocks;
import org.attain.project.DepartmentTree;
import org.attain.project.ProjectService;
import org.attain.reminder.Completion;
import org.attain.review.ReviewService;
import org.attain.round.ReportingRounds;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class CompletionViewTest extends KaribuTest {

    static final Checkpoint SEPTEMBER = new Checkpoint(2025, 9);

    @Autowired
    ReportingRounds rounds;

    @Autowired
    ReviewService reviews;

    @Autowired
    ProjectService projects;

    @Autowired
    DepartmentTree tree;

    @Autowired
    CheckpointLocks locks;

    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private String stageOf(String project) {
        Grid<Completion> grid = _get(Grid.class, s -> s.withId("completion-grid"));
        int row = grid.getListDataView()
                .getItems()
                .map(Completion::projectName)
                .toList()
                .indexOf(project);
        return ((Span) GridKt._getCellComponent(grid, row, "stage")).getText();
    }

    @Test
    void the_officer_sees_each_projects_stage_and_owner_and_is_told_that_no_mail_server_is_configured() {
        rounds.open(SEPTEMBER, LocalDate.of(2025, 10, 10));
        long visits = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金")
                .orElseThrow()
                .getId();
        login("owner", Role.PROJECT_OWNER);
        reviews.submitAll(visits, SEPTEMBER);
        login("officer", Role.PERFORMANCE_OFFICER);
        navigateTo("rounds/completion?checkpoint=2025-09");
        assertThat(stageOf("鄂州市劳模春节慰问专项资金")).isEqualTo("已提交，待审核");
        assertThat(stageOf("协理员专项补助")).isEqualTo("填报中（逾期）");
        _click(_get(Button.class, s -> s.withId("send-reminders")));
        NotificationsKt.expectNotifications("未配置邮件服务器（spring.mail.host），没有发送任何提醒。");
        _click(_get(Button.class, s -> s.withId("lock-round")));
        assertThat(NotificationsKt.getNotifications().getFirst().getElement().getProperty("text"))
                .startsWith("还有")
                .endsWith("不能锁定本轮次。");
    }

    @Test
    void a_project_under_a_locked_department_is_shown_locked_not_overdue() {
        rounds.open(SEPTEMBER, LocalDate.of(2025, 10, 10));
        long subsidy =
                projects.findExisting("鄂州市总工会", 2025, "协理员专项补助").orElseThrow().getId();
        SystemIdentity.run(() -> {
            tree.place("教育局", "教育局直属学校");
            long education = jdbc.sql("SELECT id FROM department WHERE name = '教育局'")
                    .query(Long.class)
                    .single();
            locks.lock(SEPTEMBER, education); // empty: nothing open; the project moves in below
        });
        jdbc.sql("UPDATE project SET department_id = (SELECT id FROM department WHERE name = '教育局直属学校')"
                        + " WHERE id = :p")
                .param("p", subsidy)
                .update();
        login("officer", Role.PERFORMANCE_OFFICER);
        navigateTo("rounds/completion?checkpoint=2025-09");
        assertThat(stageOf("协理员专项补助")).isEqualTo("已锁定");
        assertThat(stageOf("鄂州市劳模春节慰问专项资金")).isEqualTo("填报中（逾期）");
    }
}
