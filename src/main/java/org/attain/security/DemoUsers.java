package org.attain.security;

import java.util.List;
import org.attain.cluster.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo profile's users, one per role (password {@code demo-password}); the owner owns every project. */
@Component
@Profile("demo")
@Order(20)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo-password";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserService users;
    private final JdbcClient jdbc;
    private final StartupLock startup;

    DemoUsers(UserService users, JdbcClient jdbc, StartupLock startup) {
        this.users = users;
        this.jdbc = jdbc;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.run("the demo users", () -> SystemIdentity.run(this::create));
    }

    private void create() {
        if (users.count() > 0) {
            return;
        }
        users.createUnchecked("leader", "领导（演示）", Role.LEADER, PASSWORD);
        users.createUnchecked("owner", "项目负责人（演示）", Role.PROJECT_OWNER, PASSWORD);
        users.createUnchecked("officer", "绩效专员（演示）", Role.PERFORMANCE_OFFICER, PASSWORD);
        users.createUnchecked("admin", "管理员（演示）", Role.ADMIN, PASSWORD);
        List<Long> projects =
                jdbc.sql("SELECT id FROM project ORDER BY id").query(Long.class).list();
        users.assignUnchecked("owner", projects);
        log.info("Demo profile: users leader, owner, officer and admin, password '{}'", PASSWORD);
    }
}
