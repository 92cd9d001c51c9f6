package org.attain.portfolio;

import org.attain.cluster.StartupLock;
import org.attain.status.StatusEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up: when the light thresholds ({@code attain.lights.*}) differ from those the status table was judged with,
 * every project is marked to be judged again (the next write or page does it; {@code rebuild-status} does it at once).
 */
@Component
class StatusThresholds implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StatusThresholds.class);

    private final JdbcClient jdbc;
    private final StatusEngine engine;
    private final StartupLock startup;

    StatusThresholds(JdbcClient jdbc, StatusEngine engine, StartupLock startup) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.run("status thresholds", this::check);
    }

    /** @return whether the thresholds changed and every project was marked */
    boolean check() {
        String now = engine.thresholds().toString();
        String was = jdbc.sql("SELECT thresholds FROM status_judged_with WHERE id = 1")
                .query(String.class)
                .optional()
                .orElse(null);
        if (now.equals(was)) {
            return false;
        }
        jdbc.sql("REPLACE INTO status_judged_with (id, thresholds) VALUES (1, :t)")
                .param("t", now)
                .update();
        if (was == null) {
            return false; // the first start after the status table's migration, which marked every project already
        }
        int marked = jdbc.sql("INSERT IGNORE INTO status_dirty (project_id) SELECT id FROM project")
                .update();
        LOG.info("Light thresholds changed ({} → {}): {} projects will be judged again", was, now, marked);
        return true;
    }
}
