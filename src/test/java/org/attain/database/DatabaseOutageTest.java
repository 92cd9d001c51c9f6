package org.attain.database;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attain.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The database goes away under the running server: the health endpoint says DOWN, a login says the database is
 * unavailable (not "wrong password"), and everything works again once the database is back.
 */
class DatabaseOutageTest extends KaribuTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Autowired
    JdbcClient jdbc;

    EmbeddedMariaDb db;
    MockMvc mvc;

    @BeforeEach
    void embeddedOnly() {
        db = embedded.getIfAvailable();
        assumeThat(db).as("these tests take the embedded database away").isNotNull();
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void while_the_database_refuses_the_application_health_is_down_and_the_login_says_so() throws Exception {
        awaitHealth("UP");
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}"));
        Object failure;
        refuseApplicationAccount(true);
        try {
            mvc.perform(get("/actuator/health"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().json("{\"status\":\"DOWN\"}", JsonCompareMode.STRICT));
            MvcResult login = mvc.perform(post("/login")
                            .param("username", "officer")
                            .param("password", "any")
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login?error"))
                    .andReturn();
            failure = login.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        } finally {
            refuseApplicationAccount(false);
        }
        assertThat(loginPageAfter(failure)).contains("数据库不可用，请稍后再试").doesNotContain("用户名或密码不正确");

        awaitHealth("UP");
        MvcResult wrong = mvc.perform(post("/login")
                        .param("username", "nobody")
                        .param("password", "wrong")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        assertThat(loginPageAfter(wrong.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)))
                .contains("用户名或密码不正确")
                .doesNotContain("数据库不可用");
    }

    @Test
    void a_database_killed_under_the_running_server_is_started_again_and_the_pool_reconnects() throws Exception {
        long before = OrphanedServer.readPid(db.dataDir().resolve(EmbeddedMariaDb.PID_FILE))
                .orElseThrow();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single())
                .isPositive();
        ProcessHandle.of(before).orElseThrow().destroyForcibly();
        Instant deadline = Instant.now().plus(PATIENCE);
        Long users = null;
        while (users == null && Instant.now().isBefore(deadline)) {
            try {
                users = jdbc.sql("SELECT COUNT(*) FROM app_user")
                        .query(Long.class)
                        .single();
            } catch (DataAccessException stillAway) {
                Thread.sleep(500);
            }
        }
        assertThat(users).as("the application reads again after the restart").isPositive();
        long after = OrphanedServer.readPid(db.dataDir().resolve(EmbeddedMariaDb.PID_FILE))
                .orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(OrphanedServer.isServerOn(after, db.dataDir().resolve("mariadb")))
                .isTrue();
        awaitHealth("UP");
    }

    /** What the login page shows after a failed login that left this failure in the session, as Spring Security does. */
    private String loginPageAfter(Object failure) {
        logout();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        navigateTo("login?error");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    /** Locks (or unlocks) attain_app and ends its connections: to the application, the database is gone. */
    private void refuseApplicationAccount(boolean refuse) throws SQLException {
        try (Connection admin = db.adminConnection();
                Statement s = admin.createStatement()) {
            s.execute("ALTER USER " + DatabaseAccounts.APP + (refuse ? " ACCOUNT LOCK" : " ACCOUNT UNLOCK"));
            if (refuse) {
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT id FROM information_schema.processlist WHERE user = '"
                        + DatabaseSecrets.APP_USER + "'")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                for (long id : ids) {
                    s.execute("KILL CONNECTION " + id);
                }
            }
        }
    }

    private void awaitHealth(String expected) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = mvc.perform(get("/actuator/health"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (body.contains("\"" + expected + "\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Health did not become " + expected + " in " + PATIENCE + ": " + body);
    }
}
