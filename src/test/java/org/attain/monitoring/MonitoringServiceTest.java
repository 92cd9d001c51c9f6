package org.attain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.ActingAsSystem.as;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.attain.AttainSpringTest;
import org.attain.history.ChangeLog;
import org.attain.i18n.Texts;
import org.attain.indicator.Indicator;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.StatusService;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.attain.status.DeviationReason;
import org.attain.status.Light;
import org.attain.status.Likelihood;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@AttainSpringTest
class MonitoringServiceTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);

    @Autowired
    MonitoringService monitoring;

    @Autowired
    StatusService status;

    @Autowired
    ProjectService projects;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    JdbcClient jdbc;

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    private EntryRow row(long projectId, String indicator) {
        return monitoring.sheet(projectId, JUNE).rows().stream()
                .filter(r -> r.indicator().getName().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    private static ActualInput number(EntryRow row, String actual) {
        ActualInput s = row.stored();
        return StoredInputs.withActual(s, actual);
    }

    private int actualsRows() {
        return jdbc.sql("SELECT COUNT(*) FROM indicator_actual")
                .query(Integer.class)
                .single();
    }

    @Test
    void demo_data_shows_the_574_and_95_percent_shortfalls_with_their_sentences() {
        ProjectStatus p = status.project(project("鄂州市劳模春节慰问专项资金"), JUNE).orElseThrow();
        assertThat(p.light()).isEqualTo(Light.RED);
        IndicatorRow visits = p.indicators().stream()
                .filter(r -> r.name().equals("2025年春节慰问人数"))
                .findFirst()
                .orElseThrow();
        assertThat(visits.status().light()).isEqualTo(Light.RED);
        assertThat(Texts.chinese().render(visits.status().explanation()))
                .isEqualTo("红：1-6月2025年春节慰问人数 540人，未完成目标 ≥ 574人（完成 94.1%，应于春节前（1月28日）全部完成）");
        assertThat(visits.likelihood()).isEqualTo(Likelihood.IMPOSSIBLE);
        IndicatorRow satisfaction = p.indicators().stream()
                .filter(r -> r.name().equals("慰问对象满意度"))
                .findFirst()
                .orElseThrow();
        // in-year, a rate is compared with the target within the tolerance bands; the likelihood puts it on the list
        assertThat(satisfaction.status().light()).isEqualTo(Light.GREEN);
        assertThat(Texts.chinese().render(satisfaction.status().explanation()))
                .isEqualTo("绿：1-6月慰问对象满意度 93%，在容差内（目标 ≥ 95%，完成 97.9%）");
        assertThat(satisfaction.status().isShortfall()).isTrue();
        assertThat(Texts.chinese().render(satisfaction.deviation().reasonSummary()))
                .isEqualTo("人员保障：走访时间集中，部分劳模反映沟通时间不足");
    }

    @Test
    void demo_data_has_a_lagging_budget_and_an_unreported_indicator() {
        List<ProjectStatus> all = status.portfolio(JUNE).projects();
        assertThat(all).hasSize(7);
        ProjectStatus lagging = all.stream()
                .filter(p -> p.name().equals("鄂州市困难职工常态化帮扶及送温暖专项资金"))
                .findFirst()
                .orElseThrow();
        assertThat(lagging.budgetStatus().light()).isEqualTo(Light.RED);
        assertThat(lagging.budgetStatus().behindTime()).isTrue();
        ProjectStatus rest = all.stream()
                .filter(p -> p.name().equals("企业家疗休养专项资金"))
                .findFirst()
                .orElseThrow();
        assertThat(rest.notReported()).isEqualTo(1);
        assertThat(status.defaultCheckpoint(2025)).isEqualTo(JUNE);
        // 双监控: 29.17% spent against a time progress of 50% makes the whole project red, with its budget as the reason
        assertThat(lagging.light()).isEqualTo(Light.RED);
        assertThat(lagging.budgetFallsShort()).isTrue();
        assertThat(Texts.chinese().render(lagging.explanation()))
                .contains("预算")
                .contains("29.17%")
                .contains("低于序时进度 50%");
        assertThat(status.portfolio(JUNE).budgetShortfalls())
                .extracting(ProjectStatus::name)
                .contains(lagging.name());
    }

    @Test
    @Transactional
    void a_save_records_who_changed_what_from_old_to_new() {
        long id = project("鄂州市劳模春节慰问专项资金");
        EntryRow visits = row(id, "2025年春节慰问人数");
        as("owner", Role.PROJECT_OWNER);
        monitoring.save(id, JUNE, List.of(number(visits, "552")), null);
        assertThat(row(id, "2025年春节慰问人数").stored().actual()).isEqualByComparingTo("552");
        assertThat(changeLog.forIndicator(visits.indicator().getId(), true))
                .first()
                .satisfies(c -> {
                    assertThat(c.who()).isEqualTo("owner");
                    assertThat(c.field()).isEqualTo("actual");
                    assertThat(c.oldValue()).isEqualTo("540");
                    assertThat(c.newValue()).isEqualTo("552");
                    assertThat(c.checkpoint()).isEqualTo("2025-06");
                });
    }

    @Test
    void the_second_saver_of_the_same_value_is_told_and_nothing_is_overwritten() {
        long id = project("协理员专项补助");
        EntryRow opened = row(id, "各级工会协理员工资补助发放");
        as("owner", Role.PROJECT_OWNER);
        monitoring.save(id, JUNE, List.of(number(opened, "24")), null);
        SystemIdentity.enter();
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(number(opened, "23")), null))
                .isInstanceOf(ConcurrentEditException.class)
                .satisfies(e -> assertThat(((ConcurrentEditException) e).getChanged())
                        .singleElement()
                        .asString()
                        .contains("各级工会协理员工资补助发放")
                        .contains("owner"));
        assertThat(row(id, "各级工会协理员工资补助发放").stored().actual()).isEqualByComparingTo("24");
        // put the demo value back for the other tests that share this database
        monitoring.save(id, JUNE, List.of(number(row(id, "各级工会协理员工资补助发放"), "13")), null);
    }

    @Test
    void a_refused_save_changes_nothing_at_all() {
        long id = project("协理员专项补助");
        int before = actualsRows();
        EntryRow a = row(id, "协理员年度考核合格率");
        EntryRow b = row(id, "各级工会协理员工资补助发放");
        BigDecimal stored = a.stored().actual();
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(number(a, "80"), number(b, "-3")), null))
                .isInstanceOf(EntryException.class)
                .hasMessageContaining("actual: Cannot be negative");
        assertThat(row(id, "协理员年度考核合格率").stored().actual()).isEqualByComparingTo(stored);
        assertThat(actualsRows()).isEqualTo(before);
    }

    @Test
    void the_honest_data_rules_are_enforced_by_the_service() {
        long id = project("鄂州市劳模春节慰问专项资金");
        EntryRow coverage = row(id, "春节慰问覆盖面");
        EntryRow visits = row(id, "2025年春节慰问人数");
        ActualInput atRisk = new ActualInput(
                visits.indicator().getId(),
                visits.stored().version(),
                new BigDecimal("540"),
                null,
                null,
                new BigDecimal("560"),
                null,
                Set.of(),
                null,
                Likelihood.POSSIBLE,
                null,
                null);
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(atRisk), null))
                .isInstanceOf(EntryException.class)
                .hasMessageContaining("reasons are required")
                .hasMessageContaining("corrective action is required");
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(number(coverage, "101")), null))
                .hasMessageContaining("between 0 and 100");
        ActualInput overshoot = new ActualInput(
                visits.indicator().getId(),
                visits.stored().version(),
                new BigDecimal("800"),
                null,
                null,
                null,
                null,
                Set.of(),
                null,
                Likelihood.CERTAIN,
                null,
                null);
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(overshoot), null))
                .hasMessageContaining("130% of the target or more needs a reason");
        assertThatThrownBy(() -> monitoring.save(id, new Checkpoint(2099, 6), List.of(number(visits, "10")), null))
                .hasMessageContaining("has not ended yet");
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(number(visits, "10.5")), null))
                .hasMessageContaining("whole number");
        BudgetInput over =
                new BudgetInput(monitoring.sheet(id, JUNE).budget().version(), null, null, new BigDecimal("60"), null);
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(), over))
                .hasMessageContaining("exceeds the full-year budget of 52");
        BudgetInput adjusted = new BudgetInput(
                monitoring.sheet(id, JUNE).budget().version(), new BigDecimal("60"), null, new BigDecimal("40"), null);
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(), adjusted))
                .hasMessageContaining("adjustmentReason: The full-year budget differs");
    }

    @Test
    void an_indicator_of_another_project_is_refused() {
        long id = project("协理员专项补助");
        EntryRow other = row(project("鄂州市劳模春节慰问专项资金"), "2025年春节慰问人数");
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(number(other, "1")), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an annual indicator of project");
    }

    @Test
    void a_qualitative_indicator_takes_a_level_not_a_number() {
        long id = project("协理员专项补助");
        EntryRow timely = row(id, "协理员工资补助发放足额及时");
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(number(timely, "1")), null))
                .hasMessageContaining("takes a level");
        Indicator i = timely.indicator();
        assertThat(i.getTarget().isQualitative()).isTrue();
    }

    @Test
    @Transactional
    void reasons_without_at_risk_are_kept_and_logged() {
        long id = project("协理员专项补助");
        EntryRow r = row(id, "协理员年度考核合格率");
        ActualInput in = new ActualInput(
                r.indicator().getId(),
                r.stored().version(),
                new BigDecimal("88"),
                null,
                null,
                new BigDecimal("90"),
                null,
                Set.of(DeviationReason.STAFF, DeviationReason.FUNDING),
                "考核延期",
                Likelihood.CERTAIN,
                null,
                null);
        monitoring.save(id, JUNE, List.of(in), null);
        assertThat(row(id, "协理员年度考核合格率").stored().reasons())
                .containsExactlyInAnyOrder(DeviationReason.STAFF, DeviationReason.FUNDING);
        assertThat(changeLog.forIndicator(r.indicator().getId(), true))
                .extracting(ChangeLog.Change::field)
                .contains("reasons");
    }
}
