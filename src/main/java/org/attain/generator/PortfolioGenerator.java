package org.attain.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attain.base.Progress;
import org.attain.status.Checkpoint;
import org.attain.status.ProfileInference;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the database with realistic, reproducible portfolios for benchmarks: departments, projects with about 12
 * indicators in the seed's mix of units and directions, monthly checkpoints with actuals and budget execution, a share of
 * shortfalls and of values not reported, all submitted and approved (what leaders see). The same seed gives the same
 * data.
 */
@Service
public class PortfolioGenerator {

    /** Indicator templates in the seed's mix: category, subcategory, name, target. */
    private static final String[][] TEMPLATES = {
        {"产出指标", "数量指标", "慰问人数", "≥%d人"}, {"产出指标", "数量指标", "帮扶人次", "≥%d人次"},
        {"产出指标", "数量指标", "考核合格率", "≥90%%"}, {"产出指标", "质量指标", "补助资金合格率", ">95%%"},
        {"产出指标", "质量指标", "对象界定准确率", "100%%"}, {"产出指标", "时效指标", "资金发放到位及时率", "100%%"},
        {"产出指标", "时效指标", "发放足额及时", "及时"}, {"产出指标", "成本指标", "慰问标准", "%d元/人"},
        {"产出指标", "成本指标", "总成本", "≤%d万元"}, {"效益指标", "社会效益指标", "政策知晓度", "100%%"},
        {"效益指标", "可持续影响指标", "提升工作水平", "提升"}, {"满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%%"}
    };

    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;

    PortfolioGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Result of a run: how many rows of each kind were written. */
    public record Generated(int departments, int projects, int indicators, int actuals, int budgets) {}

    @Transactional
    public Generated generate(int projects, int years, long seed, int lastYear, int lastMonth) {
        return generate(projects, years, seed, lastYear, lastMonth, Progress.NONE);
    }

    /** As {@link #generate(int, int, long, int, int)}, telling the progress table by table, year by year. */
    @Transactional
    public Generated generate(int projects, int years, long seed, int lastYear, int lastMonth, Progress progress) {
        Random random = new Random(seed);
        Timestamp now = Timestamp.from(Instant.now());
        // a bureau's tree: dozens of 主管部门 at scale, each with a few 预算单位 that hold the projects
        List<Long> departmentIds = GeneratedDepartments.create(jdbc, seed, projects);
        int departments = departmentIds.size();
        int indicatorCount = 0;
        int actualCount = 0;
        int budgetCount = 0;
        for (int y = 0; y < years; y++) {
            int year = lastYear - y;
            int months = y == 0 ? lastMonth : 12;
            List<Object[]> projectRows = new ArrayList<>();
            for (int p = 0; p < projects; p++) {
                BigDecimal budget = BigDecimal.valueOf(5 + random.nextInt(200));
                projectRows.add(new Object[] {
                    departmentIds.get(p % departments),
                    year,
                    "生成项目" + seed + "-" + (p + 1),
                    budget,
                    "常年性项目",
                    "经费拨款",
                    "生成的测试数据",
                    now,
                    now
                });
            }
            insert("""
                    INSERT INTO project (department_id, budget_year, name, budget, project_type, fund_nature, basis,
                    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", projectRows, year + ": projects", progress);
            List<Object[]> ids = jdbc.query(
                    "SELECT id, budget FROM project WHERE budget_year = ? AND name LIKE ? ORDER BY id",
                    (rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)},
                    year,
                    "生成项目" + seed + "-%");
            List<Object[]> indicatorRows = new ArrayList<>();
            for (Object[] project : ids) {
                BigDecimal budget = (BigDecimal) project[1];
                int position = 0;
                for (String[] t : TEMPLATES) {
                    String target = t[3].contains("%d")
                            ? t[3].formatted(
                                    t[3].contains("万元")
                                            ? budget.intValue()
                                            : t[3].contains("元/人")
                                                    ? 500 + random.nextInt(20) * 100
                                                    : 20 + random.nextInt(980))
                            : t[3].formatted();
                    Target parsed = TargetParser.parse(target, t[1]);
                    indicatorRows.add(new Object[] {
                        project[0],
                        "ANNUAL",
                        ++position,
                        t[0],
                        t[1],
                        t[2],
                        target,
                        parsed.comparator() == null ? null : parsed.comparator().ascii(),
                        parsed.value(),
                        parsed.unit(),
                        parsed.direction().name(),
                        "计划值",
                        ProfileInference.infer(t[2], t[1], parsed).encode()
                    });
                }
            }
            insert("""
                    INSERT INTO indicator (project_id, goal_table, position, category, subcategory, name, target_text,
                    comparator, target_value, unit, direction, target_basis, progress_profile)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indicatorRows, year + ": indicators", progress);
            indicatorCount += indicatorRows.size();
            List<Object[]> indicators = jdbc.query(
                    """
                    SELECT i.id, i.target_value, i.direction, i.unit, i.progress_profile FROM indicator i
                    JOIN project p ON p.id = i.project_id WHERE p.budget_year = ? AND p.name LIKE ? ORDER BY i.id""",
                    (rs, n) -> new Object[] {
                        rs.getLong(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4), rs.getString(5)
                    },
                    year,
                    "生成项目" + seed + "-%");
            List<Object[]> actualRows = new ArrayList<>();
            for (int m = 1; m <= months; m++) {
                Checkpoint at = new Checkpoint(year, m);
                for (Object[] i : indicators) {
                    if (random.nextInt(100) < 5) {
                        continue; // not reported
                    }
                    actualRows.add(actual(i, at, random, now));
                }
            }
            insert("""
                    INSERT INTO indicator_actual (indicator_id, checkpoint_year, checkpoint_month, actual_value,
                    actual_level, forecast_value, forecast_level, likelihood, reasons, reason_text, corrective_action,
                    updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", actualRows, year + ": actuals", progress);
            actualCount += actualRows.size();
            List<Object[]> budgetRows = new ArrayList<>();
            for (int m = 1; m <= months; m++) {
                for (Object[] project : ids) {
                    BigDecimal budget = (BigDecimal) project[1];
                    double pace = 0.4 + random.nextDouble() * 0.8;
                    BigDecimal executed = budget.multiply(BigDecimal.valueOf(Math.min(1.0, pace * m / 12.0)))
                            .setScale(2, RoundingMode.HALF_UP);
                    budgetRows.add(new Object[] {project[0], year, m, executed, budget, "generator", now});
                }
            }
            insert("""
                    INSERT INTO budget_execution (project_id, checkpoint_year, checkpoint_month, executed, forecast,
                    updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""", budgetRows, year + ": budgets", progress);
            budgetCount += budgetRows.size();
            approve(year, "生成项目" + seed + "-%", now);
        }
        return new Generated(departments, projects * years, indicatorCount, actualCount, budgetCount);
    }

    /**
     * The generated values as submitted and approved, as a trial portfolio at the leaders' table would be: set-based,
     * the same copies into the values in force that an approval makes (ApprovedValues).
     */
    private void approve(int year, String names, Timestamp now) {
        String ofYear = " WHERE p.budget_year = ? AND p.name LIKE ?";
        jdbc.update("""
                UPDATE indicator_actual a JOIN indicator i ON i.id = a.indicator_id JOIN project p ON p.id = i.project_id
                SET a.review_state = 'APPROVED', a.submitted_by = 'generator', a.submitted_at = ?,
                    a.reviewed_by = 'generator', a.reviewed_at = ?""" + ofYear, now, now, year, names);
        jdbc.update("""
                INSERT INTO approved_actual (indicator_id, checkpoint_year, checkpoint_month, actual_value, actual_level,
                       narrative, forecast_value, forecast_level, reasons, reason_text, likelihood, corrective_action,
                       note, carried_from, entered_by, entered_at, approved_by, approved_at)
                SELECT a.indicator_id, a.checkpoint_year, a.checkpoint_month, a.actual_value, a.actual_level,
                       a.narrative, a.forecast_value, a.forecast_level, a.reasons, a.reason_text, a.likelihood,
                       a.corrective_action, a.note, a.carried_from, a.updated_by, a.updated_at, 'generator', ?
                FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id JOIN project p ON p.id = i.project_id""" + ofYear, now, year, names);
        jdbc.update("""
                UPDATE budget_execution b JOIN project p ON p.id = b.project_id
                SET b.review_state = 'APPROVED', b.submitted_by = 'generator', b.submitted_at = ?,
                    b.reviewed_by = 'generator', b.reviewed_at = ?""" + ofYear, now, now, year, names);
        jdbc.update("""
                INSERT INTO approved_budget (project_id, checkpoint_year, checkpoint_month, adjusted_budget,
                       adjustment_reason, executed, forecast, reasons, reason_text, likelihood, corrective_action,
                       carried_from, entered_by, entered_at, approved_by, approved_at)
                SELECT b.project_id, b.checkpoint_year, b.checkpoint_month, b.adjusted_budget, b.adjustment_reason,
                       b.executed, b.forecast, b.reasons, b.reason_text, b.likelihood, b.corrective_action,
                       b.carried_from, b.updated_by, b.updated_at, 'generator', ?
                FROM budget_execution b JOIN project p ON p.id = b.project_id""" + ofYear, now, year, names);
    }

    /** Inserts rows in batches of {@value #BATCH}, telling the progress after each. */
    private void insert(String sql, List<Object[]> rows, String task, Progress progress) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            int to = Math.min(rows.size(), from + BATCH);
            jdbc.batchUpdate(sql, rows.subList(from, to));
            progress.update(task, to, rows.size());
        }
    }

    private static Object[] actual(Object[] i, Checkpoint at, Random random, Timestamp now) {
        BigDecimal value = (BigDecimal) i[1];
        String direction = (String) i[2];
        String unit = (String) i[3];
        boolean shortfall = random.nextInt(100) < 12;
        if (value == null) {
            String level = shortfall ? (random.nextBoolean() ? "PARTIAL" : "NOT_ACHIEVED") : "ACHIEVED";
            return new Object[] {
                i[0],
                at.year(),
                at.month(),
                null,
                level,
                null,
                level,
                shortfall ? "POSSIBLE" : "CERTAIN",
                shortfall ? "OTHER" : null,
                shortfall ? "生成的偏差原因" : null,
                shortfall ? "生成的改进措施" : null,
                "generator",
                now
            };
        }
        BigDecimal share =
                "%".equals(unit) || (unit != null && unit.contains("/")) || "LOWER_IS_BETTER".equals(direction)
                        ? BigDecimal.ONE
                        : at.timeProgress();
        double factor = shortfall ? 0.4 + random.nextDouble() * 0.4 : 0.95 + random.nextDouble() * 0.15;
        if ("LOWER_IS_BETTER".equals(direction)) {
            factor = shortfall ? 1.05 + random.nextDouble() * 0.2 : 0.5 + random.nextDouble() * 0.45;
        }
        BigDecimal actual =
                value.multiply(share).multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.HALF_UP);
        if ("%".equals(unit)) {
            actual = actual.min(BigDecimal.valueOf(100));
        }
        return new Object[] {
            i[0],
            at.year(),
            at.month(),
            actual,
            null,
            shortfall ? value.multiply(BigDecimal.valueOf(0.9)).setScale(0, RoundingMode.HALF_UP) : value,
            null,
            shortfall ? "POSSIBLE" : "CERTAIN",
            shortfall ? "FUNDING" : null,
            shortfall ? "生成的偏差原因" : null,
            shortfall ? "生成的改进措施" : null,
            "generator",
            now
        };
    }
}
