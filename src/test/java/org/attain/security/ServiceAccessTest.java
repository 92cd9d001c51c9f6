package org.attain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.attain.AttainSpringTest;
import org.attain.assessment.Weights;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.CheckpointLocks;
import org.attain.monitoring.EntryException;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.project.ProjectService;
import org.attain.review.ItemKey;
import org.attain.review.ReviewItem;
import org.attain.review.ReviewService;
import org.attain.status.Checkpoint;
import org.attain.status.Likelihood;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** The rules hold in the services, not only in the views. */
@AttainSpringTest
@Transactional
class ServiceAccessTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);

    @Autowired
    MonitoringService monitoring;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @Autowired
    SelfEvaluationService selfEvaluation;

    @Autowired
    CheckpointLocks locks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewService reviews;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String name, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        name, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    private ActualInput change(long projectId, String value) {
        EntryRow row = monitoring.sheet(projectId, JUNE).rows().getFirst();
        ActualInput s = row.stored();
        return new ActualInput(
                s.indicatorId(),
                s.version(),
                new BigDecimal(value),
                null,
                null,
                s.forecast(),
                null,
                Set.of(),
                null,
                Likelihood.CERTAIN,
                null,
                null);
    }

    /** Waives what the demo round left open (an unreported indicator), so that the round may be locked. */
    private void settleTheRound() {
        for (var p : projects.summaries(2025, org.springframework.data.domain.PageRequest.of(0, 100))) {
            List<ItemKey> open = reviews.items(p.id(), JUNE).stream()
                    .filter(ReviewItem::isOpen)
                    .map(ReviewItem::key)
                    .toList();
            if (!open.isEmpty()) {
                reviews.waive(p.id(), JUNE, open, "年中复核时未能提供");
            }
        }
    }

    @Test
    void a_call_with_nobody_signed_in_is_refused_not_taken_for_the_system() {
        long id = project("协理员专项补助");
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(change(id, "14")), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluation.setWeights(id, Weights.DEFAULT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> locks.lock(JUNE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_project_owner_cannot_save_another_projects_actuals_even_through_the_service() {
        long mine = project("协理员专项补助");
        long theirs = project("鄂州市劳模帮扶专项资金");
        users.createUnchecked("owner2", "负责人二", Role.PROJECT_OWNER, "password-2");
        users.assignUnchecked("owner2", List.of(mine));
        as("owner2", Role.PROJECT_OWNER);
        monitoring.save(mine, JUNE, List.of(change(mine, "14")), null);
        assertThatThrownBy(() -> monitoring.save(theirs, JUNE, List.of(change(theirs, "20")), null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("not an owner of project " + theirs);
    }

    @Test
    void leaders_and_officers_change_no_actuals_and_only_officers_set_weights() {
        long id = project("协理员专项补助");
        as("leader", Role.LEADER);
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(change(id, "14")), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfEvaluation.setWeights(id, Weights.DEFAULT))
                .isInstanceOf(AccessDeniedException.class);
        as("officer", Role.PERFORMANCE_OFFICER);
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(change(id, "14")), null))
                .isInstanceOf(AccessDeniedException.class);
        selfEvaluation.setWeights(id, Weights.DEFAULT);
    }

    @Test
    void a_locked_checkpoint_is_read_only_and_unlocking_needs_a_reason() {
        long id = project("协理员专项补助");
        as("officer", Role.PERFORMANCE_OFFICER);
        settleTheRound();
        locks.lock(JUNE);
        as("owner", Role.PROJECT_OWNER);
        assertThatThrownBy(() -> monitoring.save(id, JUNE, List.of(change(id, "14")), null))
                .isInstanceOf(EntryException.class)
                .hasMessageContaining("is locked");
        assertThatThrownBy(() -> locks.lock(JUNE)).isInstanceOf(AccessDeniedException.class);
        as("officer", Role.PERFORMANCE_OFFICER);
        assertThatThrownBy(() -> locks.unlock(JUNE, " ")).hasMessageContaining("needs a reason");
        locks.unlock(JUNE, "补报 6 月数据");
        assertThat(locks.isLockedForAll(JUNE)).isFalse();
        assertThat(jdbc.sql("SELECT new_value FROM change_log WHERE field = 'checkpoint_lock' ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo("open: 补报 6 月数据");
    }

    @Test
    void the_audit_log_is_append_only_in_the_database() {
        jdbc.sql("INSERT INTO change_log (changed_by, field) VALUES ('t', 'x')").update();
        // Refused by the application account's grants (embedded database) or, for an account with more, by the
        // triggers.
        assertThatThrownBy(() -> jdbc.sql("UPDATE change_log SET field = 'y'").update())
                .rootCause()
                .hasMessageMatching("(?s).*(append-only|UPDATE command denied).*");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM change_log").update())
                .rootCause()
                .hasMessageMatching("(?s).*(append-only|DELETE command denied).*");
    }

    @Test
    void passwords_are_hashed_and_changed_only_knowing_the_current_one() {
        users.createUnchecked("someone", "某人", Role.LEADER, "first-password");
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'someone'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$2").doesNotContain("first-password");
        as("someone", Role.LEADER);
        assertThatThrownBy(() -> users.changePassword("someone", "wrong", "second-password"))
                .hasMessageContaining("current password is wrong");
        users.changePassword("someone", "first-password", "second-password");
        assertThatThrownBy(() -> users.create("x2", "x", Role.ADMIN, "password-x"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
