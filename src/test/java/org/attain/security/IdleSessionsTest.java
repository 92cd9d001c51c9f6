package org.attain.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.attain.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * Sessions end after the idle time even with a tab open, and the tab then shows the login page saying why. (Time is
 * moved by the test, never waited for; docs/security.md records the measurement in a real browser.)
 */
class IdleSessionsTest extends KaribuTest {

    @Value("${server.servlet.session.timeout}")
    Duration timeout;

    private String loginMessage(String location) {
        logout();
        navigateTo(location);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void idle_uis_are_closed_although_heartbeats_keep_coming() {
        DeploymentConfiguration configuration = VaadinService.getCurrent().getDeploymentConfiguration();
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(Duration.ofSeconds(configuration.getHeartbeatInterval()))
                .isPositive()
                .isLessThanOrEqualTo(timeout.dividedBy(10));
    }

    @Test
    void an_expired_session_sends_the_tab_to_the_login_page_without_a_vaadin_notification() {
        SystemMessages messages =
                VaadinService.getCurrent().getSystemMessages(Locale.SIMPLIFIED_CHINESE, VaadinRequest.getCurrent());
        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
        assertThat(messages.getSessionExpiredURL()).endsWith("/login?expired");
    }

    @Test
    void the_login_page_says_why_in_the_users_language() {
        assertThat(loginMessage("login?expired")).contains("已超时，请重新登录");
        assertThat(loginMessage("login?error=locked")).contains("尝试次数过多");
        assertThat(loginMessage("login?error")).contains("用户名或密码不正确");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(loginMessage("login?expired")).contains("Your session has expired, please sign in again");
    }

    @Test
    void heartbeats_do_not_keep_a_session_alive_but_any_other_request_does() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000);
        IdleSessionFilter filter = new IdleSessionFilter(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.get());
            }
        });
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval((int) timeout.toSeconds());
        filter.doFilter(request(session, "v-r=uidl&v-uiId=0"), new MockHttpServletResponse(), new MockFilterChain());
        for (int minute = 1; minute <= 30; minute++) {
            now.addAndGet(Duration.ofMinutes(1).toMillis());
            filter.doFilter(
                    request(session, "v-r=heartbeat&v-uiId=0"), new MockHttpServletResponse(), new MockFilterChain());
            assertThat(session.isInvalid()).as("after %d minutes", minute).isFalse();
        }
        now.addAndGet(Duration.ofSeconds(1).toMillis());
        filter.doFilter(request(session, "v-r=uidl&v-uiId=0"), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).as("31 minutes without a click").isTrue();

        MockHttpSession active = new MockHttpSession();
        active.setMaxInactiveInterval((int) timeout.toSeconds());
        for (int minute = 0; minute <= 60; minute += 20) {
            filter.doFilter(request(active, "v-r=uidl&v-uiId=0"), new MockHttpServletResponse(), new MockFilterChain());
            now.addAndGet(Duration.ofMinutes(20).toMillis());
        }
        assertThat(active.isInvalid()).as("a click every 20 minutes").isFalse();
    }

    private static MockHttpServletRequest request(MockHttpSession session, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        request.setQueryString(query);
        return request;
    }
}
