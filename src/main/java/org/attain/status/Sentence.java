package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.attain.targets.Target;

/** The one sentence that explains a light, in Chinese and in English. */
final class Sentence {

    private final Checkpoint at;
    private final String name;

    Sentence(Checkpoint at, String name) {
        this.at = at;
        this.name = name;
    }

    static String lightZh(Light l) {
        return switch (l) {
            case RED -> "红";
            case YELLOW -> "黄";
            case GREEN -> "绿";
            case BLUE -> "蓝";
            case NOT_REPORTED -> "未填报";
            case NOT_DUE -> "未到评价期";
        };
    }

    static String lightEn(Light l) {
        return switch (l) {
            case RED -> "Red";
            case YELLOW -> "Yellow";
            case GREEN -> "Green";
            case BLUE -> "Blue";
            case NOT_REPORTED -> "Not reported";
            case NOT_DUE -> "Not yet due";
        };
    }

    static String num(BigDecimal v) {
        BigDecimal scaled = v.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? v.setScale(0, RoundingMode.HALF_UP)
                : v.setScale(2, RoundingMode.HALF_UP);
        return scaled.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }

    private static String unit(Target t) {
        return t.unit() == null ? "" : t.unit();
    }

    String notReported(boolean en) {
        return en ? "Not reported: " + name + " has no actual for " + at.label(true)
                : "未填报：" + name + " " + at.label(false) + "尚未填报";
    }

    String notDue(boolean en) {
        return en ? "Not yet due: " + name + " is judged at year end" : "未到评价期：" + name + " 年末评价";
    }

    String level(boolean en, Light light, QualitativeLevel level) {
        return en ? lightEn(light) + ": " + name + " " + level.label(true) + " by " + at.label(true)
                : lightZh(light) + "：" + at.label(false) + name + " " + level.label(false);
    }

    String ceiling(boolean en, Light light, BigDecimal actual, Target t, boolean met) {
        String a = num(actual) + unit(t);
        String limit = num(t.value()) + unit(t);
        return en ? lightEn(light) + ": " + name + " " + a + " by " + at.label(true) + ", " + (met ? "within" : "above")
                + " the ceiling of " + limit
                : lightZh(light) + "：" + at.label(false) + name + " " + a + "，" + (met ? "未超过" : "超过") + "上限 " + limit;
    }

    String rate(boolean en, Light light, BigDecimal actual, Target t, BigDecimal ratio) {
        String a = num(actual) + unit(t);
        int cmp = actual.compareTo(t.value());
        return en ? lightEn(light) + ": " + name + " " + a + " by " + at.label(true) + ", "
                + (cmp < 0 ? "below" : cmp == 0 ? "at" : "above") + " the target " + t.text()
                : lightZh(light) + "：" + at.label(false) + name + " " + a + "，" + (cmp < 0 ? "低于" : cmp == 0 ? "等于" : "高于")
                + "目标 " + t.text();
    }

    String cumulative(boolean en, Light light, BigDecimal actual, BigDecimal expected, Target t,
            ProgressProfile profile, BigDecimal ratio) {
        String a = num(actual) + unit(t);
        String e = num(expected) + unit(t);
        int cmp = actual.compareTo(expected);
        String noteZh = switch (profile.kind()) {
            case BY_DATE -> at.month() >= profile.dueMonth() ? "（" + profile.dueMonth() + "月底前全部完成）"
                    : "（" + profile.dueMonth() + "月底前完成 " + num(t.value()) + unit(t) + "）";
            case CUSTOM -> "（按计划进度 " + percent(profile.expectedShare(at)) + "）";
            default -> "（按序时进度 " + percent(at.timeProgress()) + "）";
        };
        String noteEn = switch (profile.kind()) {
            case BY_DATE -> " (all due by the end of month " + profile.dueMonth() + ")";
            case CUSTOM -> " (planned progress " + percent(profile.expectedShare(at)) + ")";
            default -> " (time progress " + percent(at.timeProgress()) + ")";
        };
        return en ? lightEn(light) + ": " + name + " " + a + " by " + at.label(true) + ", "
                + (cmp < 0 ? "below" : cmp == 0 ? "meeting" : "above") + " the " + e + " expected by now" + noteEn
                : lightZh(light) + "：" + at.label(false) + name + " " + a + "，" + (cmp < 0 ? "低于" : cmp == 0 ? "达到" : "超过")
                + "应完成 " + e + noteZh;
    }
}
