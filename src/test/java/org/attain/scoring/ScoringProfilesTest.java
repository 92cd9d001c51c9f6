package org.attain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attain.AttainSpringTest;
import org.attain.assessment.ScoringProfile;
import org.attain.assessment.SelfEvaluation;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.project.ProjectService;
import org.attain.report.ReportService;
import org.attain.security.Role;
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

@AttainSpringTest
@Transactional
class ScoringProfilesTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);

    @Autowired
    ScoringProfiles profiles;

    @Autowired
    SelfEvaluationService selfEvaluation;

    @Autowired
    ReportService reports;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void the_shipped_profiles_are_the_national_default_and_the_provincial_variant() {
        assertThat(profiles.all()).containsExactly(ScoringProfile.NATIONAL, ScoringProfile.PROVINCIAL);
        assertThat(profiles.forYear(2025)).isEqualTo(ScoringProfile.NATIONAL);
        assertThat(profiles.chosen(2025)).isEmpty();
    }

    @Test
    void a_year_scored_by_the_provincial_profile_weighs_the_budget_20_gives_no_grade_and_says_so_in_its_tables() {
        long id = project("协理员专项补助");
        SelfEvaluation before = selfEvaluation.evaluate(id, JUNE);
        assertThat(before.budgetScore().weight()).isEqualByComparingTo("10");
        assertThat(before.grade()).isNotNull();

        as("leader", Role.LEADER);
        assertThatThrownBy(() -> profiles.choose(2025, "PROVINCIAL")).isInstanceOf(AccessDeniedException.class);
        as("officer", Role.PERFORMANCE_OFFICER);
        profiles.choose(2025, "PROVINCIAL");

        SelfEvaluation after = selfEvaluation.evaluate(id, JUNE);
        assertThat(after.profile()).isEqualTo(ScoringProfile.PROVINCIAL);
        assertThat(after.budgetScore().weight()).isEqualByComparingTo("20");
        assertThat(after.weights().output()).isEqualByComparingTo("40");
        assertThat(after.weights().benefit().add(after.weights().satisfaction()))
                .isEqualByComparingTo("40");
        assertThat(after.isGraded()).isFalse();
        assertThat(after.grade()).isNull();
        String csv = new String(
                reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.CSV, 2025, JUNE, "协理员专项补助"),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("评分方案：省级一体化（预算执行 20 分，不定等级）").contains("不定等级");
        assertThat(jdbc.sql("SELECT CONCAT(checkpoint, ':', new_value, ':', changed_by) FROM change_log"
                                + " WHERE field = 'scoring_profile'")
                        .query(String.class)
                        .list())
                .containsExactly("2025:PROVINCIAL:officer");
    }
}
