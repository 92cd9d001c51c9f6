package org.attain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attain.AttainSpringTest;
import org.attain.importing.TargetDownloads;
import org.attain.importing.TargetImportService;
import org.attain.monitoring.BudgetInput;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.bulk.ActualsImportService;
import org.attain.monitoring.bulk.MonitoringWorkbook;
import org.attain.project.ProjectService;
import org.attain.report.ReportService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** What leaves or enters the application is in the audit log: exports, imports and budget changes. */
@AttainSpringTest
@Transactional
class AuditTrailTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);

    @Autowired
    ReportService reports;

    @Autowired
    MonitoringWorkbook workbook;

    @Autowired
    TargetDownloads targets;

    @Autowired
    TargetImportService targetImport;

    @Autowired
    ActualsImportService actualsImport;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Autowired
    org.attain.meeting.MeetingService meetings;

    @Autowired
    org.attain.portfolio.StatusService status;

    private static void as(String name, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        name, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    /** who | project id | checkpoint | old → new, of the newest rows of a field. */
    private List<String> rows(String field) {
        return jdbc.sql("""
                SELECT CONCAT_WS(' | ', changed_by, IFNULL(project_id, '-'), IFNULL(checkpoint, '-'),
                                 CONCAT(IFNULL(old_value, '—'), ' → ', IFNULL(new_value, '—')))
                FROM change_log WHERE field = :f ORDER BY id""").param("f", field).query(String.class).list();
    }

    private static String firstProjectOfTheSeed() throws IOException {
        try (InputStream in = AuditTrailTest.class.getResourceAsStream("/seed/approval-2025.txt")) {
            String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return seed.substring(0, seed.indexOf("# 2025年", seed.indexOf("# 2025年") + 1));
        }
    }

    @Test
    void every_export_is_logged_with_who_which_table_which_period_and_which_format() {
        as("leader", Role.LEADER);
        int before = rows(Audit.EXPORT).size();
        reports.export(ReportService.Kind.MONITORING, ReportService.Format.CSV, 2025, JUNE, null);
        reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.XLSX, 2025, null, "协理员专项补助");
        reports.briefing(JUNE);
        long id = project("协理员专项补助");
        workbook.write(List.of(monitoring.sheet(id, JUNE)), JUNE);
        targets.filledTemplate(id);
        meetings.minutes(status.portfolio(JUNE), org.attain.meeting.MeetingService.Format.PDF);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(
                        () -> reports.export(ReportService.Kind.MONITORING, ReportService.Format.PDF, 2025, null, null))
                .isInstanceOf(AccessDeniedException.class);
        SystemIdentity.enter();
        reports.export(ReportService.Kind.MONITORING, ReportService.Format.PDF, 2025, null, null);
        assertThat(rows(Audit.EXPORT).subList(before, before + 7))
                .containsExactly(
                        "leader | - | 2025-06 | — → monitoring · csv",
                        "leader | - | 2025 | — → self-evaluation · xlsx · 协理员专项补助",
                        "leader | - | 2025-06 | — → briefing · pdf",
                        "leader | " + id + " | 2025-06 | — → monitoring-workbook · xlsx · 协理员专项补助",
                        "leader | " + id + " | 2025 | — → targets · xlsx · 协理员专项补助",
                        "leader | - | 2025-06 | — → minutes · pdf",
                        "system | - | 2025-06 | — → monitoring · pdf");
    }

    @Test
    void importing_a_new_project_logs_it_with_its_indicators_and_budget() throws IOException {
        String document = firstProjectOfTheSeed().replace("协理员专项补助", "协理员专项补助（新）");
        as("officer", Role.PERFORMANCE_OFFICER);
        targetImport.importDocument("new.txt", document.getBytes(StandardCharsets.UTF_8));
        long id = project("协理员专项补助（新）");
        assertThat(rows(Audit.IMPORT_TARGETS))
                .last()
                .isEqualTo("officer | " + id
                        + " | - | — → new · added 15 · revised 0 · unchanged 0 · not in file 0 · new.txt");
        assertThat(rows(Audit.BUDGET)).last().isEqualTo("officer | " + id + " | - | — → 8");
    }

    @Test
    void re_importing_a_project_logs_the_update_and_a_changed_budget() throws IOException {
        String document = firstProjectOfTheSeed().replace("项目预算\t8\t", "项目预算\t9.5\t");
        as("officer", Role.PERFORMANCE_OFFICER);
        targetImport.importDocument("budget.txt", document.getBytes(StandardCharsets.UTF_8));
        long id = project("协理员专项补助");
        assertThat(rows(Audit.IMPORT_TARGETS))
                .last()
                .isEqualTo("officer | " + id
                        + " | - | — → updated · added 0 · revised 0 · unchanged 15 · not in file 0 · budget.txt");
        assertThat(rows(Audit.BUDGET)).last().isEqualTo("officer | " + id + " | - | 8 → 9.5");
        int budgetRows = rows(Audit.BUDGET).size();
        targetImport.importDocument("same.txt", document.getBytes(StandardCharsets.UTF_8));
        assertThat(rows(Audit.BUDGET)).as("an unchanged budget adds no row").hasSize(budgetRows);
    }

    @Test
    void a_bulk_file_is_logged_per_project_and_checkpoint_and_each_budget_figure_on_its_own() {
        String file = """
                project,checkpoint,annual_budget,executed,forecast
                企业家疗休养专项资金,2025-07,15,7.2,15
                """;
        as("owner", Role.PROJECT_OWNER);
        actualsImport.store("budget.csv", file.getBytes(StandardCharsets.UTF_8));
        long id = project("企业家疗休养专项资金");
        assertThat(rows(Audit.IMPORT_ACTUALS))
                .last()
                .isEqualTo("owner | " + id + " | 2025-07 | — → indicators 0 · budget · budget.csv");
        assertThat(rows("executed"))
                .last()
                .asString()
                .startsWith("owner | " + id + " | 2025-07 | ")
                .endsWith(" → 7.2");
    }

    @Test
    void a_budget_change_in_the_entry_form_is_logged_old_and_new() {
        long id = project("协理员专项补助");
        as("owner", Role.PROJECT_OWNER);
        BudgetInput stored = monitoring.sheet(id, JUNE).budget();
        BigDecimal executed =
                stored.executed() == null ? BigDecimal.ONE : stored.executed().add(BigDecimal.ONE);
        monitoring.save(
                id,
                JUNE,
                List.of(),
                new BudgetInput(
                        stored.version(),
                        stored.adjustedBudget(),
                        stored.adjustmentReason(),
                        executed,
                        stored.forecast()));
        assertThat(rows("executed"))
                .last()
                .isEqualTo("owner | " + id + " | 2025-06 | "
                        + (stored.executed() == null
                                ? "—"
                                : stored.executed().stripTrailingZeros().toPlainString()) + " → "
                        + executed.stripTrailingZeros().toPlainString());
    }

    @Test
    void nothing_in_the_application_deletes_or_rewrites_the_audit_log() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<String> offending = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> {
                        try {
                            String text = Files.readString(f)
                                    .toUpperCase(java.util.Locale.ROOT)
                                    .replaceAll("\\s+", " ");
                            return text.matches("(?s).*(DELETE FROM CHANGE_LOG|TRUNCATE( TABLE)? CHANGE_LOG|UPDATE "
                                    + "CHANGE_LOG|DROP TABLE( IF EXISTS)? CHANGE_LOG).*");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
            assertThat(offending).isEmpty();
        }
    }
}
