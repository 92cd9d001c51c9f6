package org.attain.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attain.i18n.Message;
import org.attain.indicator.GoalTable;
import org.attain.targets.Comparator;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;

/**
 * Checks that a project's targets agree with each other: quantity × standard against total cost, total cost
 * against budget, the two tables against each other, indicators under unusual subcategories, and long-term
 * targets looser than the annual ones. Pure Java.
 */
public final class ConsistencyChecker {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);

    private ConsistencyChecker() {}

    public static List<Finding> check(ProjectDraft p) {
        List<Finding> findings = new ArrayList<>();
        List<IndicatorDraft> annual = p.indicators(GoalTable.ANNUAL);
        checkCostArithmetic(p, annual, findings);
        checkCostAgainstBudget(p, annual, findings);
        checkTablesAgree(p, findings);
        checkSubcategories(p, annual, findings);
        checkLongTermNotLooser(p, findings);
        return findings;
    }

    private static void checkCostArithmetic(ProjectDraft p, List<IndicatorDraft> list, List<Finding> out) {
        IndicatorDraft total = totalCost(list);
        List<IndicatorDraft> standards =
                list.stream().filter(i -> isPerPersonStandard(i.target())).toList();
        List<IndicatorDraft> counts = list.stream()
                .filter(i -> "数量指标".equals(i.subcategory()) && isHeadcount(i.target()))
                .toList();
        if (total == null || standards.size() != 1 || counts.isEmpty()) {
            return;
        }
        Target standard = standards.getFirst().target();
        Target count = counts.getFirst().target();
        BigDecimal product = count.value().multiply(standard.value()).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
        BigDecimal ceiling = inTenThousand(total.target());
        String sentence =
                plain(count.value()) + count.unit() + " × " + plain(standard.value()) + "元 = " + plain(product) + "万元";
        if (ceiling == null) {
            return;
        }
        if (product.compareTo(ceiling) <= 0) {
            out.add(new Finding(
                    p.name(), Finding.Severity.OK, Message.of("finding.cost.within", sentence, plain(ceiling))));
        } else {
            out.add(new Finding(
                    p.name(), Finding.Severity.WARNING, Message.of("finding.cost.over", sentence, plain(ceiling))));
        }
    }

    private static void checkCostAgainstBudget(ProjectDraft p, List<IndicatorDraft> list, List<Finding> out) {
        IndicatorDraft total = totalCost(list);
        if (total == null || p.budget() == null) {
            return;
        }
        BigDecimal cost = inTenThousand(total.target());
        if (cost == null) {
            return;
        }
        int cmp = cost.compareTo(p.budget());
        if (cmp == 0) {
            out.add(new Finding(p.name(), Finding.Severity.OK, Message.of("finding.budget.equal", plain(cost))));
        } else {
            out.add(new Finding(
                    p.name(),
                    Finding.Severity.WARNING,
                    Message.of(
                            cmp > 0 ? "finding.budget.above" : "finding.budget.below",
                            plain(cost),
                            plain(p.budget()))));
        }
    }

    private static void checkTablesAgree(ProjectDraft p, List<Finding> out) {
        List<IndicatorDraft> annual = p.indicators(GoalTable.ANNUAL);
        List<IndicatorDraft> longTerm = p.indicators(GoalTable.LONG_TERM);
        if (annual.isEmpty() || longTerm.isEmpty()) {
            if (annual.isEmpty()) {
                out.add(new Finding(p.name(), Finding.Severity.WARNING, Message.of("finding.annual.missing")));
            }
            // a long-term table is optional: most 申报表 and 目标表 of one year have the annual table only
            return;
        }
        Map<String, IndicatorDraft> annualByName = byName(annual);
        Map<String, IndicatorDraft> longByName = byName(longTerm);
        List<String> onlyLong = longByName.keySet().stream()
                .filter(n -> !annualByName.containsKey(n))
                .toList();
        List<String> onlyAnnual = new ArrayList<>(annualByName.keySet().stream()
                .filter(n -> !longByName.containsKey(n))
                .toList());
        for (String n : onlyLong) {
            String twin = onlyAnnual.stream()
                    .filter(a -> sameButTruncated(a, n))
                    .findFirst()
                    .orElse(null);
            if (twin != null) {
                onlyAnnual.remove(twin);
                out.add(new Finding(p.name(), Finding.Severity.WARNING, Message.of("finding.names.differ", n, twin)));
            } else {
                out.add(new Finding(p.name(), Finding.Severity.WARNING, Message.of("finding.onlyLongTerm", n)));
            }
        }
        onlyAnnual.forEach(
                n -> out.add(new Finding(p.name(), Finding.Severity.WARNING, Message.of("finding.onlyAnnual", n))));
    }

    private static void checkSubcategories(ProjectDraft p, List<IndicatorDraft> list, List<Finding> out) {
        for (IndicatorDraft i : list) {
            Target t = i.target();
            boolean money = t.unit() != null && t.unit().contains("元");
            if (money && !TargetParser.isCost(i.subcategory()) && !isTotalCost(i)) {
                out.add(new Finding(
                        p.name(),
                        Finding.Severity.WARNING,
                        Message.of("finding.costMisfiled", i.name(), t.text(), i.subcategory())));
            }
            boolean timely = isTimelinessWording(i);
            if (timely && !"时效指标".equals(i.subcategory())) {
                out.add(new Finding(
                        p.name(),
                        Finding.Severity.WARNING,
                        Message.of("finding.timelinessMisfiled", i.name(), t.text(), i.subcategory())));
            }
        }
    }

    private static void checkLongTermNotLooser(ProjectDraft p, List<Finding> out) {
        Map<String, IndicatorDraft> annual = byName(p.indicators(GoalTable.ANNUAL));
        for (IndicatorDraft lt : p.indicators(GoalTable.LONG_TERM)) {
            IndicatorDraft a = annual.get(lt.name());
            if (a == null
                    || a.target().isQualitative()
                    || lt.target().isQualitative()
                    || a.target().comparator() != lt.target().comparator()
                    || !Objects.equals(a.target().unit(), lt.target().unit())) {
                continue;
            }
            int cmp = lt.target().value().compareTo(a.target().value());
            Comparator c = a.target().comparator();
            boolean looser = (c == Comparator.GE || c == Comparator.GT) && cmp < 0 || c.lowerIsBetter() && cmp > 0;
            if (looser) {
                out.add(new Finding(
                        p.name(),
                        Finding.Severity.WARNING,
                        Message.of(
                                "finding.longTermLooser",
                                lt.name(),
                                lt.target().text(),
                                a.target().text())));
            }
        }
    }

    private static boolean sameButTruncated(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return shorter.length() >= 6 && longer.startsWith(shorter);
    }

    private static IndicatorDraft totalCost(List<IndicatorDraft> list) {
        return list.stream().filter(ConsistencyChecker::isTotalCost).findFirst().orElse(null);
    }

    private static boolean isTotalCost(IndicatorDraft i) {
        return i.name().contains("总成本") && !i.target().isQualitative();
    }

    private static boolean isPerPersonStandard(Target t) {
        return !t.isQualitative()
                && t.unit() != null
                && (t.unit().equals("元/人") || t.unit().equals("元/人次"));
    }

    private static boolean isHeadcount(Target t) {
        return !t.isQualitative() && ("人".equals(t.unit()) || "人次".equals(t.unit()));
    }

    private static boolean isTimelinessWording(IndicatorDraft i) {
        String text = i.target().text();
        return i.target().isQualitative() && (text.contains("及时") || text.contains("按时") || text.contains("准时"));
    }

    private static BigDecimal inTenThousand(Target t) {
        if (t.isQualitative() || t.unit() == null) {
            return null;
        }
        return switch (t.unit()) {
            case "万元" -> t.value();
            case "元" -> t.value().divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP);
            default -> null;
        };
    }

    private static Map<String, IndicatorDraft> byName(List<IndicatorDraft> list) {
        return list.stream()
                .collect(Collectors.toMap(IndicatorDraft::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
