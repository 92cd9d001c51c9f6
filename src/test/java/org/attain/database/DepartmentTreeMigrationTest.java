package org.attain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.attain.AttainSpringTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V16 on a database as it stood before departments were a tree: every department stays a top-level 主管部门 with its
 * projects, every account stays unscoped (the whole bureau), nothing is lost.
 */
@AttainSpringTest
class DepartmentTreeMigrationTest {

    static final String SCHEMA = "attain_v16_migration";

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Test
    void existing_departments_become_top_level_and_existing_accounts_see_the_whole_bureau() throws SQLException {
        EmbeddedMariaDb db = embedded.getIfAvailable();
        assumeThat(db).as("needs the embedded database's administrator").isNotNull();
        try (Connection admin = db.adminConnection()) {
            SingleConnectionDataSource source = new SingleConnectionDataSource(admin, true);
            try {
                Flyway before = flyway(source, "13");
                before.migrate();
                JdbcTemplate jdbc = new JdbcTemplate(source);
                jdbc.execute("USE " + SCHEMA);
                jdbc.update("INSERT INTO department (name) VALUES ('某市教育局'), ('某市卫生健康委员会')");
                jdbc.update("INSERT INTO project (department_id, budget_year, name, budget)"
                        + " SELECT id, 2025, CONCAT(name, '项目'), 100 FROM department");
                jdbc.update("INSERT INTO app_user (username, display_name, password_hash, role, department)"
                        + " VALUES ('edu', '教育局专员', 'x', 'PERFORMANCE_OFFICER', '某市教育局')");

                flyway(source, "16").migrate();
                jdbc.execute("USE " + SCHEMA);

                assertThat(jdbc.queryForList("SELECT name FROM department WHERE parent_id IS NULL", String.class))
                        .containsExactlyInAnyOrder("某市教育局", "某市卫生健康委员会");
                assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM project p JOIN department d ON d.id = p.department_id"
                                        + " WHERE p.name = CONCAT(d.name, '项目')",
                                Integer.class))
                        .isEqualTo(2);
                assertThat(jdbc.queryForList(
                                "SELECT CONCAT(department, '|', COALESCE(scope_department_id, 'bureau')) FROM app_user",
                                String.class))
                        .containsExactly("某市教育局|bureau");
            } finally {
                try (Statement s = admin.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
                }
            }
        }
    }

    private static Flyway flyway(SingleConnectionDataSource source, String target) {
        return Flyway.configure()
                .dataSource(source)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }
}
