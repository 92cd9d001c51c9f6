package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.attain.AttainSpringTest;
import org.attain.project.DepartmentTree;
import org.attain.security.AccountScopes;
import org.attain.security.Role;
import org.attain.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** A command run as a scoped account (`--as`) sees that account's department only; without `--as` it is the bureau. */
@AttainSpringTest
@Transactional
class ScopedCommandTest {

    @Autowired
    CommandRunner runner;

    @Autowired
    UserService users;

    @Autowired
    AccountScopes scopes;

    @Autowired
    DepartmentTree tree;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private final CommandOutput output = new CommandOutput();

    @BeforeEach
    void an_officer_of_another_department() {
        tree.place("鄂州市财政局", null);
        users.create("finance-officer", "财政局绩效专员", Role.PERFORMANCE_OFFICER, "Caizheng-Ju-2025");
        scopes.scope(
                "finance-officer",
                jdbc.sql("SELECT id FROM department WHERE name = '鄂州市财政局'")
                        .query(Long.class)
                        .single());
    }

    @Test
    void an_export_of_another_departments_project_is_refused_naming_it() {
        Path file = dir.resolve("m.csv");
        int status = runner.execute(
                output.console(),
                "export",
                "monitoring",
                "--year=2025",
                "--checkpoint=2025-06",
                "--project=协理员专项补助",
                "--format=csv",
                "--out=" + file,
                "--as",
                "finance-officer");
        assertThat(status).isEqualTo(2);
        assertThat(output.err()).contains("“协理员专项补助” belongs to “鄂州市总工会”, outside your department scope (鄂州市财政局)");
        assertThat(file).doesNotExist();
    }

    @Test
    void the_status_of_a_scoped_account_shows_none_of_another_departments_projects() throws Exception {
        assertThat(runner.execute(
                        output.console(),
                        "status",
                        "--year",
                        "2025",
                        "--checkpoint",
                        "2025-06",
                        "--format",
                        "json",
                        "--as",
                        "finance-officer"))
                .isEqualTo(2);
        // the account's department has no projects: for it, the year has none
        assertThat(output.err()).startsWith("--year 2025: there are no projects in 2025");
        CommandOutput bureau = new CommandOutput();
        assertThat(runner.execute(
                        bureau.console(), "status", "--year", "2025", "--checkpoint", "2025-06", "--format", "json"))
                .isZero();
        assertThat(bureau.out()).contains("协理员专项补助");
    }
}
