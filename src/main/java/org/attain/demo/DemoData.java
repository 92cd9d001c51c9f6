package org.attain.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attain.cluster.StartupLock;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.BudgetInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.EntrySheet;
import org.attain.monitoring.MonitoringService;
import org.attain.project.ProjectService;
import org.attain.project.ProjectSummary;
import org.attain.review.ReviewService;
import org.attain.round.ReportingRounds;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.attain.status.ProgressProfile;
import org.attain.status.QualitativeLevel;
import org.attain.targets.Comparator;
import org.attain.targets.Direction;
import org.attain.targets.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: plausible 1-6月 actuals for the 2025 projects, with real shortfalls — fewer than 574
 * 劳模 reached, a satisfaction of 93 % under 95 %, a project whose spending lags time progress, one indicator not
 * reported. Never runs without the profile; the UI labels the data as demo data.
 */
@Component
@Profile("demo")
@Order(100)
class DemoData implements ApplicationRunner {

    static final Checkpoint MID_YEAR = new Checkpoint(2025, 6);
    static final String WHO = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Executed budget at 1-6月 in 万元 by project. */
    private static final Map<String, String> EXECUTED = Map.of(
            "协理员专项补助", "4",
            "鄂州市劳模春节慰问专项资金", "48.6",
            "鄂州市“春暖务工人员活动”慰问专项资金", "18.2",
            "鄂州市劳模帮扶专项资金", "46",
            "鄂州市困难职工常态化帮扶及送温暖专项资金", "35",
            "鄂州市困难职工春节送温暖专项资金", "19.6",
            "企业家疗休养专项资金", "5.5");

    /** The 1-6月 round was due ten days after the half year, as the Hubei mid-year monitoring usually is. */
    static final LocalDate MID_YEAR_DUE = LocalDate.of(2025, 7, 10);

    private final ProjectService projects;
    private final MonitoringService monitoring;
    private final ReportingRounds rounds;
    private final ReviewService reviews;
    private final StartupLock startup;

    DemoData(
            ProjectService projects,
            MonitoringService monitoring,
            ReportingRounds rounds,
            ReviewService reviews,
            StartupLock startup) {
        this.projects = projects;
        this.monitoring = monitoring;
        this.rounds = rounds;
        this.reviews = reviews;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.run("the demo actuals", () -> SystemIdentity.run(this::load));
    }

    private void load() {
        List<ProjectSummary> list = projects.summaries(2025, PageRequest.of(0, 100));
        if (list.isEmpty()) {
            return;
        }
        if (rounds.round(MID_YEAR).isEmpty()) {
            rounds.open(MID_YEAR, MID_YEAR_DUE);
        }
        boolean any = false;
        for (ProjectSummary p : list) {
            EntrySheet sheet = monitoring.sheet(p.id(), MID_YEAR);
            if (!sheet.budget().isEmpty()
                    || sheet.rows().stream().anyMatch(r -> !r.stored().isEmpty())) {
                return; // demo data (or real data) is already there
            }
            any |= fill(p, sheet);
        }
        if (any) {
            log.info("Demo profile: entered 1-6月 2025 demo actuals for {} projects", list.size());
        }
    }

    private boolean fill(ProjectSummary p, EntrySheet sheet) {
        String executedText = EXECUTED.get(p.name());
        if (executedText == null) {
            return false;
        }
        BigDecimal executed = new BigDecimal(executedText);
        List<ActualInput> inputs = new ArrayList<>();
        for (EntryRow row : sheet.rows()) {
            ActualInput in = demoValue(p.name(), row, executed);
            if (in != null) {
                inputs.add(in);
            }
        }
        BudgetInput budget = new BudgetInput(null, null, null, executed, p.budget());
        if (p.name().equals("鄂州市困难职工常态化帮扶及送温暖专项资金")) {
            budget = budget.withDeviation(new Deviation(
                    Set.of(DeviationReason.RULES),
                    "帮扶对象年中复核，资金集中在下半年发放",
                    Likelihood.POSSIBLE,
                    "7月完成复核，8月起按月拨付；9月底前执行率达到 75%"));
        }
        BudgetInput demoBudget = budget;
        // the demo owner's values, recorded under their own name
        SystemIdentity.run(WHO, () -> monitoring.save(p.id(), MID_YEAR, inputs, demoBudget));
        // the demo round has been through review: what the demo owner entered is submitted and approved
        reviews.submitAll(p.id(), MID_YEAR);
        reviews.approveAll(p.id(), MID_YEAR);
        return true;
    }

    private static ActualInput demoValue(String project, EntryRow row, BigDecimal executed) {
        long id = row.indicator().getId();
        String name = row.indicator().getName();
        Target t = row.indicator().getTarget();
        if (project.equals("企业家疗休养专项资金") && name.equals("企业家身心健康")) {
            return null; // not reported yet
        }
        if (project.equals("鄂州市劳模春节慰问专项资金")) {
            switch (name) {
                case "2025年春节慰问人数" -> {
                    return new ActualInput(
                            id,
                            null,
                            new BigDecimal("540"),
                            null,
                            null,
                            new BigDecimal("560"),
                            null,
                            Set.of(DeviationReason.OTHER),
                            "34名劳模春节期间外出或住院，未能当面走访",
                            Likelihood.IMPOSSIBLE,
                            "春节后补充走访并电话慰问；明年提前摸底劳模去向",
                            null);
                }
                case "慰问对象满意度" -> {
                    return new ActualInput(
                            id,
                            null,
                            new BigDecimal("93"),
                            null,
                            "抽样回访 120 人",
                            new BigDecimal("94"),
                            null,
                            Set.of(DeviationReason.STAFF),
                            "走访时间集中，部分劳模反映沟通时间不足",
                            Likelihood.POSSIBLE,
                            "下半年开展回访，改进慰问方式",
                            null);
                }
                case "春节前完成走访慰问" -> {
                    return new ActualInput(
                            id,
                            null,
                            null,
                            QualitativeLevel.PARTIAL,
                            "春节前完成 540 人，余 34 人节后补访",
                            null,
                            QualitativeLevel.PARTIAL,
                            Set.of(DeviationReason.OTHER),
                            "部分劳模春节期间不在鄂州",
                            Likelihood.IMPOSSIBLE,
                            "节后补访并电话慰问",
                            null);
                }
                default -> {}
            }
        }
        if (t.isQualitative()) {
            return new ActualInput(
                    id,
                    null,
                    null,
                    QualitativeLevel.ACHIEVED,
                    null,
                    null,
                    QualitativeLevel.ACHIEVED,
                    Set.of(),
                    null,
                    Likelihood.CERTAIN,
                    null,
                    null);
        }
        BigDecimal value = t.value();
        BigDecimal actual;
        if (t.direction() == Direction.LOWER_IS_BETTER) {
            actual = "万元".equals(t.unit()) ? executed : value;
        } else if (t.isPercentage()) {
            actual = t.comparator() == Comparator.GT
                    ? value.add(BigDecimal.valueOf(3)).min(BigDecimal.valueOf(100))
                    : value;
        } else {
            ProgressProfile profile = row.indicator().getProgressProfile();
            if (profile.kind() == ProgressProfile.Kind.YEAR_END) {
                return null;
            }
            actual = value.multiply(profile.expectedShare(MID_YEAR)).setScale(0, RoundingMode.CEILING);
        }
        if (row.indicator().getProgressProfile().kind() == ProgressProfile.Kind.YEAR_END) {
            return null; // surveyed at year end
        }
        BigDecimal forecast = t.isPercentage() || t.direction() == Direction.LOWER_IS_BETTER
                ? actual.max(t.direction() == Direction.LOWER_IS_BETTER ? BigDecimal.ZERO : value)
                : value;
        if (t.direction() == Direction.LOWER_IS_BETTER) {
            forecast = "万元".equals(t.unit()) ? value : actual;
        }
        return new ActualInput(
                id, null, actual, null, null, forecast, null, Set.of(), null, Likelihood.CERTAIN, null, null);
    }
}
