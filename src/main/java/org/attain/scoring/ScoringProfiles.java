package org.attain.scoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.assessment.Band;
import org.attain.assessment.CategoryGroup;
import org.attain.assessment.GradeBands;
import org.attain.assessment.QualitativeBands;
import org.attain.assessment.ScoringProfile;
import org.attain.history.ChangeLog;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring profiles (评分方案) held in the database and the one each year is scored by: the national default until
 * the performance officer chooses another, which is logged like every change.
 */
@Service
public class ScoringProfiles {

    public static final String DEFAULT = ScoringProfile.NATIONAL.code();

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ChangeLog changeLog;
    private final Clock clock;

    ScoringProfiles(JdbcClient jdbc, CurrentUser currentUser, ChangeLog changeLog, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Every profile, the national default first. */
    public List<ScoringProfile> all() {
        Map<String, List<CategoryGroup>> groups = new HashMap<>();
        jdbc.sql("SELECT profile_code, categories, weight FROM scoring_profile_group ORDER BY profile_code, position")
                .query((rs, n) -> groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new CategoryGroup(
                                Arrays.stream(rs.getString(2).split(","))
                                        .map(String::strip)
                                        .toList(),
                                rs.getBigDecimal(3))))
                .list();
        return jdbc.sql("SELECT * FROM scoring_profile ORDER BY code = :d DESC, code")
                .param("d", DEFAULT)
                .query((rs, n) -> profile(rs, groups.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    public ScoringProfile find(String code) {
        return all().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No scoring profile " + code));
    }

    /** The profile the officer chose for the year, if any. */
    public Optional<String> chosen(int year) {
        return jdbc.sql("SELECT profile_code FROM scoring_year WHERE budget_year = :y")
                .param("y", year)
                .query(String.class)
                .optional();
    }

    /** The profile a year is scored by: the chosen one, else the national default. */
    public ScoringProfile forYear(int year) {
        return find(chosen(year).orElse(DEFAULT));
    }

    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public void choose(int year, String code) {
        find(code);
        String before = chosen(year).orElse(null);
        jdbc.sql("""
                INSERT INTO scoring_year (budget_year, profile_code, chosen_by, chosen_at) VALUES (:y, :c, :who, :at)
                ON DUPLICATE KEY UPDATE profile_code = :c, chosen_by = :who, chosen_at = :at""")
                .param("y", year)
                .param("c", code)
                .param("who", currentUser.name())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        changeLog.record(currentUser.name(), null, null, String.valueOf(year), "scoring_profile", before, code);
    }

    private static ScoringProfile profile(ResultSet rs, List<CategoryGroup> groups) throws SQLException {
        BigDecimal excellent = rs.getBigDecimal("grade_excellent");
        return new ScoringProfile(
                rs.getString("code"),
                rs.getBigDecimal("budget_weight"),
                groups,
                new QualitativeBands(band(rs, "achieved"), band(rs, "partial"), band(rs, "not_achieved")),
                excellent == null
                        ? null
                        : new GradeBands(excellent, rs.getBigDecimal("grade_good"), rs.getBigDecimal("grade_fair")));
    }

    private static Band band(ResultSet rs, String level) throws SQLException {
        return new Band(
                rs.getBigDecimal(level + "_min"),
                rs.getBigDecimal(level + "_max"),
                rs.getBigDecimal(level + "_default"));
    }
}
