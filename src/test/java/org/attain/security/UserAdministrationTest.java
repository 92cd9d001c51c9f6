package org.attain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** People, not logins: administrators keep names, departments and roles right, disable accounts and set passwords. */
@AttainSpringTest
@Transactional
class UserAdministrationTest {

    static final String PASSWORD = "tram-velvet-Copper-41";

    @Autowired
    UserAdministration admin;

    @Autowired
    UserService users;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private static void as(String name, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        name, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    @Test
    void the_administrator_gives_a_login_a_name_and_department_and_lists_show_the_person() {
        users.createUnchecked("zhangwei", "", Role.PROJECT_OWNER, PASSWORD);
        users.assignUnchecked(
                "zhangwei",
                List.of(jdbc.sql("SELECT MIN(id) FROM project")
                        .query(Long.class)
                        .single()));
        as("admin", Role.ADMIN);
        admin.update("zhangwei", " 张伟 ", "市总工会权益保障部", "zhangwei@example.org", Role.PROJECT_OWNER);
        UserAccount account = users.find("zhangwei").orElseThrow();
        assertThat(account.displayName()).isEqualTo("张伟");
        assertThat(account.department()).isEqualTo("市总工会权益保障部");
        assertThat(people.names().of("zhangwei")).isEqualTo("张伟");
        assertThat(people.names().of("cli")).isEqualTo("cli");
        assertThat(users.ownersByProject().values())
                .anySatisfy(owners -> assertThat(owners).contains("张伟"));
        assertThat(jdbc.sql("SELECT CONCAT(field, ':', COALESCE(old_value, '-'), '>', new_value) FROM change_log"
                                + " WHERE field = 'user:zhangwei' ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "user:zhangwei:zhangwei>张伟",
                        "user:zhangwei:->市总工会权益保障部",
                        "user:zhangwei:->zhangwei@example.org");
        assertThatThrownBy(() -> admin.update("zhangwei", "张伟", null, "zhangwei at example", Role.PROJECT_OWNER))
                .isInstanceOfSatisfying(
                        AccountRefusal.class, r -> assertThat(r.key()).isEqualTo("account.refused.email"));
        assertThatThrownBy(() -> admin.update("zhangwei", "  ", null, null, Role.PROJECT_OWNER))
                .isInstanceOfSatisfying(
                        AccountRefusal.class, r -> assertThat(r.key()).isEqualTo("account.refused.displayName"));
    }

    @Test
    void a_password_set_by_the_administrator_must_be_changed_by_its_user() {
        users.createUnchecked("liuyang", "刘洋", Role.PROJECT_OWNER, PASSWORD);
        as("admin", Role.ADMIN);
        admin.resetPassword("liuyang", "harbour-Lantern-77");
        assertThat(users.mustChangePassword("liuyang")).isTrue();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM change_log WHERE field = 'password_reset:liuyang' AND changed_by = 'admin'")
                        .query(Integer.class)
                        .single())
                .isOne();
        as("liuyang", Role.PROJECT_OWNER);
        users.changePassword("liuyang", "harbour-Lantern-77", "my-own-Secret-2025");
        assertThat(users.mustChangePassword("liuyang")).isFalse();
    }

    @Test
    void only_an_administrator_changes_accounts_and_never_disables_or_demotes_themselves() {
        users.createUnchecked("wangfang", "王芳", Role.PROJECT_OWNER, PASSWORD);
        as("officer", Role.PERFORMANCE_OFFICER);
        assertThatThrownBy(() -> admin.setEnabled("wangfang", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resetPassword("wangfang", "harbour-Lantern-77"))
                .isInstanceOf(AccessDeniedException.class);
        as("admin", Role.ADMIN);
        assertThatThrownBy(() -> admin.setEnabled("admin", false))
                .isInstanceOfSatisfying(
                        AccountRefusal.class, r -> assertThat(r.key()).isEqualTo("account.refused.disableSelf"));
        assertThatThrownBy(() -> admin.update("admin", "管理员", null, null, Role.LEADER))
                .isInstanceOfSatisfying(
                        AccountRefusal.class, r -> assertThat(r.key()).isEqualTo("account.refused.ownRole"));
        assertThatThrownBy(() -> admin.setEnabled("nobody", false)).isInstanceOf(AccountRefusal.class);
        admin.setEnabled("wangfang", false);
        assertThat(users.find("wangfang").orElseThrow().enabled()).isFalse();
    }
}
