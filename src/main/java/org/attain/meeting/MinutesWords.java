package org.attain.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attain.i18n.Texts;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.Deviation;
import org.attain.status.Light;
import org.jspecify.annotations.Nullable;

/** Puts the minutes into words (Chinese, as the office files them) from the portfolio, the notes and the details. */
final class MinutesWords {

    private MinutesWords() {}

    static Minutes of(PortfolioStatus portfolio, MeetingDetails details, Map<Long, MeetingNote> notes, String unit) {
        String m = Texts.chinese().text(portfolio.checkpoint());
        List<String> heading = List.of(
                t("minutes.when", details.heldOn() == null ? t("minutes.blank") : date(details.heldOn())),
                t("minutes.where", orBlank(details.place())),
                t("minutes.chair", orBlank(details.chair())),
                t("minutes.attendees", orBlank(details.attendees())));
        Map<Light, Integer> lights = portfolio.projectsByLight();
        String overview = t(
                "minutes.overview",
                portfolio.projects().size(),
                m,
                amount(portfolio.totalBudget()),
                amount(portfolio.totalExecuted()),
                rate(portfolio.executionRate()),
                rate(portfolio.checkpoint().timeProgress()),
                lights.getOrDefault(Light.RED, 0),
                lights.getOrDefault(Light.YELLOW, 0),
                lights.getOrDefault(Light.GREEN, 0) + lights.getOrDefault(Light.BLUE, 0));
        List<Minutes.Item> items = new ArrayList<>();
        List<Minutes.Decision> decisions = new ArrayList<>();
        for (ProjectStatus p : portfolio.worstFirst()) {
            MeetingNote note = notes.getOrDefault(p.projectId(), MeetingNote.empty(p.projectId()));
            items.add(new Minutes.Item(
                    p.name(),
                    p.light().symbol() + " " + t("light." + p.light().name()),
                    issues(p),
                    blankToNull(note.remarks())));
            if (note.hasDecision()) {
                decisions.add(new Minutes.Decision(
                        p.name(), note.decisions().strip(), blankToNull(note.decisionOwner()), note.decisionDue()));
            }
        }
        return new Minutes(
                t("minutes.title", portfolio.checkpoint().year(), m),
                heading,
                overview,
                items,
                decisions,
                unit,
                details.heldOn());
    }

    /** "1. 项目：决定。责任人：张三；完成时限：2025年9月30日。" */
    static String decision(int number, Minutes.Decision d) {
        return t(
                "minutes.decision",
                number,
                d.project(),
                d.text(),
                d.owner() == null ? t("minutes.blank") : d.owner(),
                d.due() == null ? t("minutes.blank") : date(d.due()));
    }

    static String date(LocalDate d) {
        return t("minutes.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String t(String key, Object... args) {
        return Texts.chinese().get(key, args);
    }

    private static List<String> issues(ProjectStatus p) {
        List<String> issues = new ArrayList<>();
        if (p.budgetFallsShort()) {
            issues.add(
                    t("minutes.budget", Texts.chinese().render(p.budgetStatus().explanation()))
                            + why(p.budgetDeviation()));
        }
        for (IndicatorRow r : p.shortfalls()) {
            issues.add(Texts.chinese().render(r.status().explanation()) + why(r.deviation()));
        }
        if (issues.isEmpty()) {
            issues.add(t("minutes.onTrack"));
        }
        return issues;
    }

    private static String why(Deviation d) {
        String reasons = Texts.chinese().render(d.reasonSummary());
        return (reasons.isEmpty() ? "" : t("minutes.reasons", reasons))
                + (d.correctiveAction() == null || d.correctiveAction().isBlank()
                        ? ""
                        : t("minutes.action", d.correctiveAction().strip()));
    }

    private static String amount(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String rate(@Nullable BigDecimal share) {
        return share == null
                ? "—"
                : share.multiply(BigDecimal.valueOf(100))
                                .setScale(2, RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString()
                        + "%";
    }

    private static String orBlank(@Nullable String s) {
        return s == null || s.isBlank() ? t("minutes.blank") : s.strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
