package org.attain.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.attain.KaribuTest;
import org.attain.base.ui.Routes;
import org.attain.project.DepartmentTree;
import org.attain.review.ItemKey;
import org.attain.review.ReviewItem;
import org.attain.review.ReviewService;
import org.attain.security.AccountScopes;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.security.UserService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports page's lock: a department's officer locks and unlocks their department; the bureau's officer picks a
 * department; the state and the entry page name the department locked. One seed project moves to 教育局.
 */
@Transactional
class LockControlsTest extends KaribuTest {

    static final Checkpoint OCTOBER = new Checkpoint(2025, 10);

    @Autowired
    DepartmentTree tree;

    @Autowired
    UserService users;

    @Autowired
    AccountScopes scopes;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcClient jdbc;

    long school;

    @BeforeEach
    void one_seed_project_moves_to_the_education_department_with_its_items_waived() {
        tree.place("教育局", null);
        long education = jdbc.sql("SELECT id FROM department WHERE name = '教育局'")
                .query(Long.class)
                .single();
        school = jdbc.sql("SELECT MIN(id) FROM project WHERE budget_year = 2025")
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE project SET department_id = :d WHERE id = :p")
                .param("d", education)
                .param("p", school)
                .update();
        SystemIdentity.run(() -> {
            users.create("edu-officer", "教育局绩效专员", Role.PERFORMANCE_OFFICER, "Jiaoyu-Lock-2025");
            scopes.scope("edu-officer", education);
            List<ItemKey> open = reviews.items(school, OCTOBER).stream()
                    .filter(ReviewItem::isOpen)
                    .map(ReviewItem::key)
                    .toList();
            reviews.waive(school, OCTOBER, open, "十月未要求填报");
        });
    }

    static String state() {
        return _get(Paragraph.class, s -> s.withId("lock-state")).getText();
    }

    @Test
    void a_department_officer_locks_and_unlocks_their_department_on_the_reports_page() {
        login("edu-officer", Role.PERFORMANCE_OFFICER);
        navigateTo(Routes.reports(OCTOBER));
        _assertNone(ComboBox.class, s -> s.withId("lock-department"));
        assertThat(state()).isEqualTo("未锁定：项目负责人可以填报和修改。");
        _click(_get(Button.class, s -> s.withId("toggle-lock")));
        assertThat(state()).isEqualTo("已对 教育局 锁定：这些部门的填报数据只读，其他部门未锁定。");

        navigateTo(Routes.actuals(school, OCTOBER));
        assertThat(_get(Span.class, s -> s.withId("read-only")).getText()).isEqualTo("已锁定：本检查点已对“教育局”锁定");

        navigateTo(Routes.reports(OCTOBER));
        _setValue(_get(TextField.class, s -> s.withId("unlock-reason")), "补报十月数据");
        _click(_get(Button.class, s -> s.withId("toggle-lock")));
        assertThat(state()).isEqualTo("未锁定：项目负责人可以填报和修改。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_bureaus_officer_locks_one_chosen_department() {
        navigateTo(Routes.reports(OCTOBER));
        ComboBox<DepartmentTree.Node> department = _get(ComboBox.class, s -> s.withId("lock-department"));
        _setValue(
                department,
                department
                        .getListDataView()
                        .getItems()
                        .filter(n -> n.name().equals("教育局"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, s -> s.withId("toggle-lock")));
        assertThat(state()).isEqualTo("已对 教育局 锁定：这些部门的填报数据只读，其他部门未锁定。");
        assertThat(_get(Button.class, s -> s.withId("toggle-lock")).getText()).isEqualTo("锁定检查点");
    }
}
