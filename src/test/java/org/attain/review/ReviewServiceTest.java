package org.attain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.attain.AttainSpringTest;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.StoredInputs;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.StatusService;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.attain.status.ReviewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Submit and review on the demo data (every 1-6月 value approved; 企业家身心健康 not reported). */
@AttainSpringTest
@Transactional
class ReviewServiceTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final String PROJECT = "鄂州市劳模帮扶专项资金";
    static final String HELPED = "市级生活困难劳模帮扶人数";

    @Autowired
    ReviewService reviews;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    StatusService status;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcClient jdbc;

    /** Other tests of the same application context change demo values and keep them: start from a settled project. */
    @org.junit.jupiter.api.BeforeEach
    void settle() {
        if (reviews.items(project(), JUNE).stream()
                .anyMatch(i -> i.hasValues() && i.state() != null && i.state().isSubmittable())) {
            reviews.submitAll(project(), JUNE);
        }
        if (reviews.items(project(), JUNE).stream().anyMatch(i -> i.state() == ReviewState.SUBMITTED)) {
            reviews.approveAll(project(), JUNE);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String name, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        name, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    private long project() {
        return projects.findExisting("鄂州市总工会", 2025, PROJECT).orElseThrow().getId();
    }

    private EntryRow helped() {
        return monitoring.sheet(project(), JUNE).rows().stream()
                .filter(r -> r.indicator().getName().equals(HELPED))
                .findFirst()
                .orElseThrow();
    }

    private ItemKey helpedKey() {
        return ItemKey.indicator(helped().indicator().getId());
    }

    private void ownerChangesHelpedTo(String value) {
        as("owner", Role.PROJECT_OWNER);
        ActualInput s = helped().stored();
        monitoring.save(project(), JUNE, List.of(StoredInputs.withActual(s, value)), null);
    }

    private IndicatorRow seenBy(String name, Role role) {
        as(name, role);
        return status.project(project(), JUNE).orElseThrow().indicators().stream()
                .filter(r -> r.name().equals(HELPED))
                .findFirst()
                .orElseThrow();
    }

    /** The new values in the indicator's change history as the reader sees it, for June. */
    private List<String> changesSeenBy(String name, Role role) {
        as(name, role);
        return monitoring.changes(helpedKey().indicatorId()).stream()
                .filter(c -> JUNE.iso().equals(c.checkpoint()) && c.field().equals("actual"))
                .map(c -> c.newValue() == null
                        ? ""
                        : new BigDecimal(c.newValue()).stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void a_changed_approved_value_stays_in_force_for_the_leader_until_the_new_one_is_approved() {
        BigDecimal approved = seenBy("leader", Role.LEADER).actual();
        ownerChangesHelpedTo("21");
        IndicatorRow leader = seenBy("leader", Role.LEADER);
        assertThat(leader.actual()).isEqualByComparingTo(approved);
        assertThat(leader.review()).isEqualTo(ReviewState.APPROVED);
        IndicatorRow owner = seenBy("owner", Role.PROJECT_OWNER);
        assertThat(owner.actual()).isEqualByComparingTo("21");
        assertThat(owner.isUnapproved()).isTrue();
        assertThat(seenBy("officer", Role.PERFORMANCE_OFFICER).review()).isEqualTo(ReviewState.DRAFT);
        assertThat(status.approvedProject(project(), JUNE).orElseThrow().showsUnapproved())
                .isFalse();

        assertThat(changesSeenBy("leader", Role.LEADER)).doesNotContain("21");
        assertThat(changesSeenBy("owner", Role.PROJECT_OWNER)).contains("21");

        as("owner", Role.PROJECT_OWNER);
        reviews.submit(project(), JUNE, List.of(helpedKey()));
        assertThatThrownBy(() -> ownerChangesHelpedTo("22"))
                .isInstanceOf(ReviewRefusal.class)
                .extracting(e -> ((ReviewRefusal) e).key())
                .isEqualTo("review.refused.notEditable");
        as("officer", Role.PERFORMANCE_OFFICER);
        reviews.approve(project(), JUNE, List.of(helpedKey()));
        assertThat(seenBy("leader", Role.LEADER).actual()).isEqualByComparingTo("21");
        assertThat(changesSeenBy("leader", Role.LEADER)).contains("21");
        assertThat(jdbc.sql("SELECT CONCAT(field, ':', COALESCE(old_value, '-'), '>', new_value, ':', changed_by)"
                                + " FROM change_log WHERE indicator_id = :id AND field = 'review' ORDER BY id")
                        .param("id", helpedKey().indicatorId())
                        .query(String.class)
                        .list())
                .endsWith(
                        "review:APPROVED>DRAFT:owner",
                        "review:DRAFT>SUBMITTED:owner",
                        "review:SUBMITTED>APPROVED:officer");
    }

    @Test
    void returning_an_approved_value_withdraws_it_from_the_leader_and_needs_a_reason() {
        as("officer", Role.PERFORMANCE_OFFICER);
        assertThatThrownBy(() -> reviews.returnItems(project(), JUNE, List.of(helpedKey()), "  "))
                .isInstanceOf(ReviewRefusal.class)
                .hasMessage("Returning or waiving needs a reason.");
        reviews.returnItems(project(), JUNE, List.of(helpedKey()), "与帮扶名册不一致");
        IndicatorRow leader = seenBy("leader", Role.LEADER);
        assertThat(leader.actual()).isNull();
        assertThat(leader.review()).isNull();
        as("owner", Role.PROJECT_OWNER);
        EntryRow owner = helped();
        assertThat(owner.review().state()).isEqualTo(ReviewState.RETURNED);
        assertThat(owner.review().reason()).isEqualTo("与帮扶名册不一致");
        assertThat(jdbc.sql("SELECT new_value FROM change_log WHERE field = 'review_reason' ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo("与帮扶名册不一致");
    }

    @Test
    void each_step_is_refused_to_the_wrong_role_or_from_the_wrong_state() {
        as("owner", Role.PROJECT_OWNER);
        assertThatThrownBy(() -> reviews.approve(project(), JUNE, List.of(helpedKey())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.submitAll(project(), JUNE))
                .isInstanceOf(ReviewRefusal.class)
                .hasMessage("Nothing to submit: enter and save values first.");
        as("officer", Role.PERFORMANCE_OFFICER);
        assertThatThrownBy(() -> reviews.submitAll(project(), JUNE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.approve(project(), JUNE, List.of(helpedKey())))
                .isInstanceOf(ReviewRefusal.class)
                .hasMessage("“" + HELPED + "” has not been submitted and cannot be approved.");
        assertThatThrownBy(() -> reviews.waive(project(), JUNE, List.of(ItemKey.BUDGET), "x"))
                .isInstanceOf(ReviewRefusal.class)
                .hasMessage("“budget execution” is already approved or waived.");
        as("leader", Role.LEADER);
        assertThatThrownBy(() -> reviews.returnItems(project(), JUNE, List.of(helpedKey()), "x"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
