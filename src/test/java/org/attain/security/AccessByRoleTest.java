package org.attain.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import java.util.List;
import java.util.stream.Stream;
import org.attain.KaribuTest;
import org.attain.adjustment.ui.AdjustmentsView;
import org.attain.dashboard.ui.PortfolioView;
import org.attain.department.ui.DepartmentView;
import org.attain.importing.ui.ImportView;
import org.attain.meeting.ui.MeetingView;
import org.attain.project.ProjectService;
import org.attain.reminder.ui.CompletionView;
import org.attain.report.ui.ReportsView;
import org.attain.scoring.ui.ScoringProfilesView;
import org.attain.security.ui.AuditLogView;
import org.attain.security.ui.UsersView;
import org.attain.warning.ui.WarningsView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** One check per role and view: allowed views open, denied ones do not, anonymous users see the login form. */
class AccessByRoleTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(
                        Role.LEADER,
                        List.of(
                                PortfolioView.class,
                                ReportsView.class,
                                ScoringProfilesView.class,
                                AdjustmentsView.class,
                                WarningsView.class,
                                DepartmentView.class),
                        List.of(
                                ImportView.class,
                                MeetingView.class,
                                UsersView.class,
                                AuditLogView.class,
                                CompletionView.class)),
                Arguments.of(
                        Role.PROJECT_OWNER,
                        List.of(PortfolioView.class),
                        List.of(
                                ImportView.class,
                                ReportsView.class,
                                MeetingView.class,
                                UsersView.class,
                                AuditLogView.class,
                                ScoringProfilesView.class,
                                CompletionView.class,
                                AdjustmentsView.class,
                                WarningsView.class,
                                DepartmentView.class)),
                Arguments.of(
                        Role.PERFORMANCE_OFFICER,
                        List.of(
                                PortfolioView.class,
                                ImportView.class,
                                ReportsView.class,
                                MeetingView.class,
                                AuditLogView.class,
                                ScoringProfilesView.class,
                                CompletionView.class,
                                AdjustmentsView.class,
                                WarningsView.class,
                                DepartmentView.class),
                        List.of(UsersView.class)),
                Arguments.of(
                        Role.ADMIN,
                        List.of(PortfolioView.class, UsersView.class, AuditLogView.class, AdjustmentsView.class),
                        List.of(
                                ImportView.class,
                                MeetingView.class,
                                ScoringProfilesView.class,
                                WarningsView.class,
                                DepartmentView.class)));
    }

    private static boolean opens(Class<? extends Component> view) {
        try {
            UI.getCurrent().navigate(view);
        } catch (RuntimeException | Error denied) {
            return false;
        }
        return !_find(view).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void each_role_opens_its_views_and_no_others(
            Role role, List<Class<? extends Component>> allowed, List<Class<? extends Component>> denied) {
        login("someone", role);
        allowed.forEach(v ->
                assertThat(opens(v)).as(role + " opens " + v.getSimpleName()).isTrue());
        denied.forEach(v -> assertThat(opens(v))
                .as(role + " is refused " + v.getSimpleName())
                .isFalse());
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_form() {
        logout();
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_find(PortfolioView.class)).isEmpty();
        assertThat(_get(LoginForm.class)).isNotNull();
    }

    @Test
    void the_leader_sees_the_entry_form_read_only() {
        login("leader", Role.LEADER);
        long id = projects.findExisting("鄂州市总工会", 2025, "协理员专项补助").orElseThrow().getId();
        org.attain.monitoring.ui.ActualsView.show(id, new org.attain.status.Checkpoint(2025, 6));
        assertThat(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("save-actuals"))
                        .isEnabled())
                .isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("read-only"))
                        .getText())
                .isEqualTo("只读：只有本项目的负责人可以填报");
    }
}
