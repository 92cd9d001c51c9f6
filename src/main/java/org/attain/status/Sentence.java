package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.attain.i18n.Message;
import org.attain.targets.Target;

/**
 * The one sentence that explains a light, as a message of the bundles ({@code status.*}) rendered in the reader's
 * language. Each method serves one verdict, so a light and its words cannot disagree: green and blue never say
 * 低于/未完成, red never says 达到.
 */
final class Sentence {

    private final Checkpoint at;
    private final String name;

    Sentence(Checkpoint at, String name) {
        this.at = at;
        this.name = name;
    }

    static String num(BigDecimal v) {
        BigDecimal scaled = v.abs().compareTo(BigDecimal.valueOf(100)) >= 0
                ? v.setScale(0, RoundingMode.HALF_UP)
                : v.setScale(2, RoundingMode.HALF_UP);
        return scaled.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100))
                        .setScale(1, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }

    /** "7月10日" in Chinese, "2025-07-10" in English. */
    static Message date(LocalDate d) {
        return Message.of("status.date", d.getMonthValue(), d.getDayOfMonth(), d.toString());
    }

    /** An execution rate as the official tables round it, to two decimals (93.46%, 50%), so that screen and paper agree. */
    static String rate(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100))
                        .setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }

    /** "红：…" — a light's word before the detail. */
    static Message withLight(Light light, Message detail) {
        return Message.of("status.withLight", light, detail);
    }

    private static String amount(BigDecimal v, Target t) {
        return num(v) + (t.unit() == null ? "" : t.unit());
    }

    /** "1-6月指标名 540人，…" (the English names the checkpoint in the detail: "540人 by Jan–Jun, …"). */
    private Message judged(Light light, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = at;
        return withLight(light, Message.of("status.indicator", at, name, Message.of(key, all)));
    }

    Message notReported() {
        return withLight(Light.NOT_REPORTED, Message.of("status.notReported", name, at));
    }

    Message overdue(LocalDate dueDate) {
        return withLight(Light.OVERDUE, Message.of("status.overdue", name, at, date(dueDate)));
    }

    Message notDue() {
        return withLight(Light.NOT_DUE, Message.of("status.notDue", name));
    }

    Message level(Light light, QualitativeLevel level) {
        return judged(light, "status.level", level);
    }

    Message ceiling(Light light, BigDecimal actual, Target t, boolean within) {
        return judged(
                light,
                within ? "status.ceiling.within" : "status.ceiling.above",
                amount(actual, t),
                amount(t.value(), t));
    }

    /** Due (or done early) and met; blue when far above the target. */
    Message met(Light light, BigDecimal actual, Target t, BigDecimal ofTarget, boolean early) {
        String key = light == Light.BLUE ? "status.met.blue" : early ? "status.met.early" : "status.met";
        return judged(light, key, amount(actual, t), t.text(), percent(ofTarget));
    }

    /** Due and missed: red, or yellow within a configured close-miss band. */
    Message missed(Light light, BigDecimal actual, Target t, BigDecimal ofTarget, ProgressProfile profile) {
        Object close = light == Light.YELLOW ? Message.of("status.close") : "";
        Object due =
                switch (profile.kind()) {
                    case BY_DATE -> Message.of("status.due.byDate", profile.dueMonth());
                    case SPRING_FESTIVAL -> Message.of("status.due.springFestival", date(profile.dueDate(at.year())));
                    default -> "";
                };
        return judged(light, "status.missed", amount(actual, t), t.text(), percent(ofTarget), close, due);
    }

    /** Before it is due, a cumulative count or amount against what is expected by now. */
    Message onTheWay(
            Light light, BigDecimal actual, BigDecimal expected, Target t, ProgressProfile profile, BigDecimal ratio) {
        int cmp = actual.compareTo(expected);
        String key =
                switch (light) {
                    case BLUE -> "status.onTheWay.blue";
                    case GREEN ->
                        cmp > 0
                                ? "status.onTheWay.above"
                                : cmp == 0 ? "status.onTheWay.meeting" : "status.onTheWay.tolerance";
                    default -> "status.onTheWay.below";
                };
        return judged(light, key, amount(actual, t), amount(expected, t), percent(ratio), plan(profile));
    }

    /** Before it is due, a rate or a year-end figure against the target itself. */
    Message rateOnTheWay(Light light, BigDecimal actual, Target t, BigDecimal ratio, boolean meets) {
        String key =
                switch (light) {
                    case BLUE -> "status.rate.blue";
                    case GREEN -> meets ? "status.rate.meets" : "status.rate.tolerance";
                    default -> "status.rate.below";
                };
        return judged(light, key, amount(actual, t), t.text(), percent(ratio));
    }

    private Message plan(ProgressProfile profile) {
        return switch (profile.kind()) {
            case BY_DATE -> Message.of("status.plan.byDate", profile.dueMonth());
            case SPRING_FESTIVAL -> Message.of("status.plan.springFestival", date(profile.dueDate(at.year())));
            case CUSTOM -> Message.of("status.plan.custom", percent(profile.expectedShare(at)));
            default -> Message.of("status.plan.time", percent(at.timeProgress()));
        };
    }
}
