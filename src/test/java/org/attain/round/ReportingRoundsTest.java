package org.attain.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.attain.AttainSpringTest;
import org.attain.i18n.Texts;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.StatusService;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.attain.status.DeviationReason;
import org.attain.status.Light;
import org.attain.status.Likelihood;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Reporting rounds on the demo data (the 1-6月 round, due 2025-07-10, is open). */
@AttainSpringTest
class ReportingRoundsTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final Checkpoint SEPTEMBER = new Checkpoint(2025, 9);
    static final Checkpoint DECEMBER = Checkpoint.yearEnd(2025);

    @Autowired
    ReportingRounds rounds;

    @Autowired
    StatusService status;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    ProjectService projects;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    private EntryRow row(long projectId, Checkpoint at, String indicator) {
        return monitoring.sheet(projectId, at).rows().stream()
                .filter(r -> r.indicator().getName().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    private static IndicatorRow indicator(ProjectStatus p, String name) {
        return p.indicators().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @Transactional
    void an_early_year_end_value_is_judged_met_or_missed_and_moves_nobodys_default() {
        long id = project("企业家疗休养专项资金");
        EntryRow rest = row(id, DECEMBER, "组织企业家疗休养人数");
        monitoring.save(
                id,
                DECEMBER,
                List.of(new ActualInput(
                        rest.indicator().getId(),
                        null,
                        new BigDecimal("42"),
                        null,
                        null,
                        new BigDecimal("42"),
                        null,
                        Set.of(DeviationReason.OTHER),
                        "8 位企业家因生产任务未能参加",
                        Likelihood.IMPOSSIBLE,
                        "明年提前排期",
                        null)),
                null);
        // the 1-6月 round stays everyone's default: one early value never turns the dashboards to 1-12月
        assertThat(status.defaultCheckpoint(2025)).isEqualTo(JUNE);
        assertThat(status.portfolio(JUNE).totalExecuted()).isEqualByComparingTo("176.9");
        PortfolioStatus december = status.portfolio(DECEMBER);
        IndicatorRow missed = indicator(
                december.projects().stream()
                        .filter(p -> p.projectId() == id)
                        .findFirst()
                        .orElseThrow(),
                "组织企业家疗休养人数");
        assertThat(missed.status().light()).isEqualTo(Light.RED);
        assertThat(Texts.chinese().render(missed.status().explanation()))
                .isEqualTo("红：1-12月组织企业家疗休养人数 42人，未完成目标 ≥50人（完成 84%）");
        assertThat(december.shortfalls()).contains(missed);
    }

    @Test
    @Transactional
    void a_new_round_starts_from_the_previous_one_marked_as_carried_until_saved() {
        long visits = project("鄂州市劳模春节慰问专项资金");
        int carried = rounds.open(SEPTEMBER, LocalDate.of(2025, 10, 10));
        assertThat(carried).isGreaterThan(70);
        assertThat(status.defaultCheckpoint(2025)).isEqualTo(SEPTEMBER);
        ProjectStatus september = status.project(visits, SEPTEMBER).orElseThrow();
        IndicatorRow count = indicator(september, "2025年春节慰问人数");
        assertThat(count.actual()).isEqualByComparingTo("540");
        assertThat(count.carriedFrom()).isEqualTo(6);
        assertThat(count.correctiveAction()).isEqualTo("春节后补充走访并电话慰问；明年提前摸底劳模去向");
        assertThat(september.budgetStatus().executed()).isEqualByComparingTo("48.6");
        assertThat(september.budgetCarriedFrom()).isEqualTo(6);
        EntryRow row = row(visits, SEPTEMBER, "2025年春节慰问人数");
        ActualInput s = row.stored();
        monitoring.save(
                visits,
                SEPTEMBER,
                List.of(new ActualInput(
                        s.indicatorId(),
                        s.version(),
                        new BigDecimal("574"),
                        null,
                        s.narrative(),
                        new BigDecimal("574"),
                        null,
                        Set.of(),
                        null,
                        Likelihood.CERTAIN,
                        null,
                        null)),
                null);
        IndicatorRow saved = indicator(status.project(visits, SEPTEMBER).orElseThrow(), "2025年春节慰问人数");
        assertThat(saved.carriedFrom()).isNull();
        assertThat(saved.status().light()).isEqualTo(Light.GREEN);
        assertThat(rounds.progress(2025))
                .extracting(p -> p.round().checkpoint())
                .containsExactly(JUNE, SEPTEMBER);
        assertThat(jdbc.sql("SELECT CONCAT(field, '=', new_value) FROM change_log WHERE checkpoint = '2025-09'"
                                + " AND field IN ('reporting_round_due', 'carried_forward') ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("reporting_round_due=2025-10-10", "carried_forward=" + carried);
    }

    @Test
    @Transactional
    void a_round_is_opened_once_by_an_officer_with_a_due_date_after_the_period() {
        assertThatThrownBy(() -> rounds.open(JUNE, LocalDate.of(2025, 7, 10)))
                .isInstanceOf(RoundRefusal.class)
                .extracting(e -> ((RoundRefusal) e).key())
                .isEqualTo("round.refused.exists");
        assertThatThrownBy(() -> rounds.open(SEPTEMBER, LocalDate.of(2025, 9, 20)))
                .isInstanceOf(RoundRefusal.class)
                .extracting(e -> ((RoundRefusal) e).key())
                .isEqualTo("round.refused.dueBeforeEnd");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "leader", null, List.of(new SimpleGrantedAuthority(Role.LEADER.authority()))));
        assertThatThrownBy(() -> rounds.open(SEPTEMBER, LocalDate.of(2025, 10, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_the_due_date_an_unreported_indicator_is_overdue_and_on_the_shortfall_list() {
        PortfolioStatus june = status.portfolio(JUNE);
        IndicatorRow health = june.projects().stream()
                .flatMap(p -> p.indicators().stream())
                .filter(r -> r.name().equals("企业家身心健康"))
                .findFirst()
                .orElseThrow();
        assertThat(health.status().light()).isEqualTo(Light.OVERDUE);
        assertThat(Texts.chinese().render(health.status().explanation())).isEqualTo("逾期未填报：企业家身心健康 1-6月应于7月10日前填报");
        assertThat(june.shortfalls()).contains(health);
    }

    @Test
    void an_owner_sees_what_is_due_from_them_and_by_when() {
        List<OwnerTask> tasks = rounds.tasks("owner");
        assertThat(tasks)
                .hasSize(7)
                .allMatch(t -> t.checkpoint().equals(JUNE) && t.dueDate().equals(LocalDate.of(2025, 7, 10)));
        OwnerTask rest = tasks.stream()
                .filter(t -> t.projectName().equals("企业家疗休养专项资金"))
                .findFirst()
                .orElseThrow();
        assertThat(rest.missing()).isEqualTo(1); // 企业家身心健康; the satisfaction survey is not due before year end
        assertThat(rest.budgetMissing()).isFalse();
        assertThat(rounds.tasks("nobody")).isEmpty();
    }
}
