package org.attain.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.attain.AttainSpringTest;
import org.attain.monitoring.BudgetInput;
import org.attain.monitoring.CheckpointLocks;
import org.attain.monitoring.MonitoringService;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.portfolio.StatusService;
import org.attain.project.DepartmentTree;
import org.attain.project.ProjectService;
import org.attain.review.ItemKey;
import org.attain.review.ReviewItem;
import org.attain.review.ReviewService;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@AttainSpringTest
@Transactional
class TargetAdjustmentsTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final Checkpoint SEPTEMBER = new Checkpoint(2025, 9);
    static final String VISITS = "2025年春节慰问人数";

    @Autowired
    TargetAdjustments adjustments;

    @Autowired
    TargetsInForce inForce;

    @Autowired
    StatusService status;

    @Autowired
    SelfEvaluationService selfEvaluation;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    ReviewService reviews;

    @Autowired
    ProjectService projects;

    @Autowired
    CheckpointLocks locks;

    @Autowired
    DepartmentTree tree;

    @Autowired
    JdbcClient jdbc;

    private static void as(String name, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        name, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    private IndicatorRow visits(Checkpoint at) {
        return status.approvedProject(project("鄂州市劳模春节慰问专项资金"), at).orElseThrow().indicators().stream()
                .filter(r -> r.name().equals(VISITS))
                .findFirst()
                .orElseThrow();
    }

    private long proposeVisitsTo600From(int month) {
        long id = visits(JUNE).indicatorId();
        as("officer", Role.PERFORMANCE_OFFICER);
        return adjustments.propose(new TargetAdjustments.Proposal(
                project("鄂州市劳模春节慰问专项资金"),
                AdjustmentKind.CHANGE,
                id,
                month,
                "≥600人",
                null,
                null,
                null,
                "新增困难劳模名单",
                "市总工会〔2025〕12号"));
    }

    @Test
    void an_approved_change_applies_from_its_checkpoint_and_the_tables_show_both_targets() {
        long adjustment = proposeVisitsTo600From(9);
        assertThat(adjustments.find(adjustment).oldTarget()).isEqualTo("≥ 574人");
        assertThatThrownBy(() -> adjustments.approve(adjustment))
                .isInstanceOfSatisfying(
                        AdjustmentRefusal.class, r -> assertThat(r.key()).isEqualTo("adjustment.refused.ownProposal"));
        assertThat(visits(SEPTEMBER).original())
                .as("not in force while proposed")
                .isNull();
        as("admin", Role.ADMIN);
        adjustments.approve(adjustment);

        IndicatorRow june = visits(JUNE);
        assertThat(june.target().text()).isEqualTo("≥ 574人");
        assertThat(june.original()).isNull();
        assertThat(june.status().light()).isEqualTo(Light.RED);

        IndicatorRow september = visits(SEPTEMBER);
        assertThat(september.target().text()).isEqualTo("≥600人");
        assertThat(september.original().text()).isEqualTo("≥ 574人");
    }

    @Test
    void the_adjusted_target_judges_the_checkpoints_from_its_own_on() {
        long adjustment = proposeVisitsTo600From(6);
        as("admin", Role.ADMIN);
        adjustments.approve(adjustment);
        IndicatorRow june = visits(JUNE);
        assertThat(june.target().text()).isEqualTo("≥600人");
        assertThat(june.original().text()).isEqualTo("≥ 574人");
        assertThat(june.targetText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("≥600人※（已调整，原 ≥ 574人）");
        assertThat(org.attain.i18n.Texts.chinese().render(june.status().explanation()))
                .contains("540人，未完成目标 ≥600人（完成 90%")
                .doesNotContain("574");
        SystemIdentity.run(() -> assertThat(
                        selfEvaluation.evaluate(project("鄂州市劳模春节慰问专项资金"), JUNE).rows())
                .filteredOn(r -> r.name().equals(VISITS))
                .singleElement()
                .satisfies(r -> assertThat(r.target()).isEqualTo("≥600人※（已调整，原 ≥ 574人）")));
    }

    @Test
    void the_targets_in_force_at_every_month_at_once_are_those_of_each_month_alone() {
        long adjustment = proposeVisitsTo600From(6);
        as("admin", Role.ADMIN);
        adjustments.approve(adjustment);
        List<Long> ids = List.of(project("鄂州市劳模春节慰问专项资金"), project("协理员专项补助"));
        List<Long> indicators = jdbc.sql("SELECT id FROM indicator WHERE project_id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query(Long.class)
                .list();
        jdbc.sql("UPDATE indicator SET added_from_month = 9 WHERE id = :id")
                .param("id", indicators.get(1))
                .update();
        jdbc.sql("UPDATE indicator SET removed_from_month = 4 WHERE id = :id")
                .param("id", indicators.get(2))
                .update();
        List<Integer> months = IntStream.rangeClosed(1, 12).boxed().toList();
        Map<Integer, InForce> all = inForce.atMonths(2025, months, ids);
        for (int m : months) {
            // the year's every project read in SQL, month by month (no other project is adjusted or hides any)
            assertThat(all.get(m)).as("month " + m).isEqualTo(inForce.at(new Checkpoint(2025, m)));
        }
        assertThat(all.get(8).hidden()).contains(indicators.get(1), indicators.get(2));
        assertThat(all.get(9).hidden()).containsExactly(indicators.get(2));
        assertThat(all.get(3).hidden()).containsExactly(indicators.get(1));
        assertThat(all.get(5).targets()).isEmpty();
        assertThat(all.get(6).targets()).hasSize(1);
    }

    @Test
    void a_budget_changed_by_more_than_a_tenth_without_an_adjustment_is_a_finding_until_targets_are_adjusted() {
        long visitsProject = project("鄂州市劳模春节慰问专项资金");
        BigDecimal approved = projects.find(visitsProject).orElseThrow().getBudget();
        BudgetInput stored = monitoring.sheet(visitsProject, JUNE).budget();
        monitoring.save(
                visitsProject,
                JUNE,
                List.of(),
                new BudgetInput(
                        stored.version(),
                        approved.multiply(new BigDecimal("1.2")),
                        "追加预算",
                        stored.executed(),
                        stored.forecast(),
                        stored.deviation()));
        assertThat(inForce.budgetFindings(JUNE))
                .as("a draft is not yet the budget in force")
                .isEmpty();
        reviews.submitAll(visitsProject, JUNE);
        reviews.approveAll(visitsProject, JUNE);
        assertThat(inForce.budgetFindings(JUNE)).singleElement().satisfies(f -> {
            assertThat(f.projectName()).isEqualTo("鄂州市劳模春节慰问专项资金");
            assertThat(f.share()).isEqualByComparingTo("0.2");
        });
        long adjustment = proposeVisitsTo600From(6);
        as("admin", Role.ADMIN);
        adjustments.approve(adjustment);
        assertThat(inForce.budgetFindings(JUNE)).isEmpty();
    }

    private long department(String name) {
        return jdbc.sql("SELECT id FROM department WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    @Test
    void an_adjustment_proposed_before_its_department_was_locked_is_not_approved_after() {
        tree.place("教育局", null);
        as("officer", Role.PERFORMANCE_OFFICER);
        locks.lock(SEPTEMBER, department("教育局"));
        long adjustment = proposeVisitsTo600From(9); // another department's lock holds nothing here

        // the union's items of 1-9月 are settled and the bureau locks the union for that checkpoint
        for (long id : jdbc.sql("SELECT id FROM project WHERE budget_year = 2025")
                .query(Long.class)
                .list()) {
            List<ItemKey> open = reviews.items(id, SEPTEMBER).stream()
                    .filter(ReviewItem::isOpen)
                    .map(ReviewItem::key)
                    .toList();
            if (!open.isEmpty()) {
                reviews.waive(id, SEPTEMBER, open, "九月未要求填报");
            }
        }
        locks.lock(SEPTEMBER, department("鄂州市总工会"));
        as("admin", Role.ADMIN);
        assertThatThrownBy(() -> adjustments.approve(adjustment))
                .isInstanceOfSatisfying(
                        AdjustmentRefusal.class, r -> assertThat(r.key()).isEqualTo("adjustment.refused.locked"));
        assertThat(visits(SEPTEMBER).original()).as("not in force").isNull();
    }
}
