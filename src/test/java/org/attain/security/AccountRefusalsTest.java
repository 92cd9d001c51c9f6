package org.attain.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.attain.KaribuTest;
import org.attain.cluster.StartupLock;
import org.attain.security.ui.AccountView;
import org.attain.security.ui.UsersView;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every way an account gets a password follows the policy — the users view, the account view, the first
 * administrator from ATTAIN_ADMIN_PASSWORD and the setup token — and says why in the user's language.
 */
class AccountRefusalsTest extends KaribuTest {

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupTokens setupTokens;

    @Autowired
    StartupLock startupLock;

    private int accounts(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u")
                .param("u", name)
                .query(Integer.class)
                .single();
    }

    private void createUser(String name, String password) {
        _setValue(_get(TextField.class, s -> s.withLabel(UI.getCurrent().getTranslation("users.username"))), name);
        _setValue(
                _get(PasswordField.class, s -> s.withLabel(UI.getCurrent().getTranslation("users.password"))),
                password);
        _click(_get(Button.class, s -> s.withId("create-user")));
    }

    @Test
    void the_users_view_refuses_weak_passwords_in_chinese_and_in_english() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        createUser("weak1", "12345678");
        NotificationsKt.expectNotifications("密码至少 10 位");
        createUser("weak1", "1234567890");
        NotificationsKt.expectNotifications("这个密码太常见，很容易被猜中，请换一个");
        createUser("weak1", "weak1-and-more");
        NotificationsKt.expectNotifications("密码不能包含用户名");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AccountView.class);
        UI.getCurrent().navigate(UsersView.class);
        createUser("weak1", "password123");
        NotificationsKt.expectNotifications(
                "This password is one of the most common ones and easily guessed; choose another");
        assertThat(accounts("weak1")).isZero();
        createUser("weak1", "tram-velvet-Copper-41");
        assertThat(accounts("weak1")).isOne();
    }

    @Test
    void a_new_password_in_the_account_view_follows_the_policy_too() {
        users.createUnchecked("changer", "改密码的人", Role.LEADER, "tram-velvet-Copper-41");
        login("changer", Role.LEADER);
        UI.getCurrent().navigate(AccountView.class);
        _setValue(_get(PasswordField.class, s -> s.withLabel("当前密码")), "tram-velvet-Copper-41");
        _setValue(_get(PasswordField.class, s -> s.withLabel("新密码")), "qwertyuiop");
        _click(_get(Button.class, s -> s.withId("change-password")));
        NotificationsKt.expectNotifications("这个密码太常见，很容易被猜中，请换一个");
        _setValue(_get(PasswordField.class, s -> s.withLabel("当前密码")), "wrong-password");
        _setValue(_get(PasswordField.class, s -> s.withLabel("新密码")), "another-fine-Phrase-9");
        _click(_get(Button.class, s -> s.withId("change-password")));
        NotificationsKt.expectNotifications("当前密码不正确");
    }

    @Test
    void a_weak_admin_password_from_the_environment_creates_nobody_and_the_setup_page_refuses_one_too() {
        UserService empty = Mockito.mock(UserService.class);
        Mockito.when(empty.count()).thenReturn(0L);
        Mockito.doCallRealMethod()
                .when(empty)
                .createUnchecked(Mockito.any(), Mockito.any(), Mockito.any(), Mockito.any());
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(FirstAdmin.class)).addAppender(log);
        try {
            FirstAdmin firstAdmin = new FirstAdmin(empty, setupTokens, startupLock, "12345678");
            firstAdmin.run(null);
            assertThat(firstAdmin.setupPending()).isTrue();
            assertThat(log.list.getFirst().getFormattedMessage())
                    .startsWith("ATTAIN_ADMIN_PASSWORD is refused (A password has at least 10 characters)");
            String token = log.list.getLast().getArgumentArray()[1].toString();
            assertThatThrownBy(() -> firstAdmin.completeSetup("not-the-token", "tram-velvet-Copper-41"))
                    .isInstanceOf(AccountRefusal.class)
                    .hasMessage("The setup token is wrong or already used");
            assertThatThrownBy(() -> firstAdmin.completeSetup(token, "admin-password"))
                    .isInstanceOf(AccountRefusal.class)
                    .hasMessage("A password must not contain the user name");
            assertThat(firstAdmin.setupPending()).isTrue();
            Mockito.verify(empty, Mockito.never()).assignUnchecked(Mockito.any(), Mockito.any());
        } finally {
            ((Logger) LoggerFactory.getLogger(FirstAdmin.class)).detachAppender(log);
        }
    }
}
