package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.attain.targets.Target;

/**
 * The one sentence that explains a light, in Chinese and in English. Each method serves one verdict, so a light and
 * its words cannot disagree: green and blue never say 低于/未完成, red never says 达到.
 */
final class Sentence {

    private final Checkpoint at;
    private final String name;

    Sentence(Checkpoint at, String name) {
        this.at = at;
        this.name = name;
    }

    static String lightZh(Light l) {
        return LightWords.of(l, false);
    }

    static String lightEn(Light l) {
        return LightWords.of(l, true);
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

    static String date(LocalDate d, boolean en) {
        return en ? d.toString() : d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String unit(Target t) {
        return t.unit() == null ? "" : t.unit();
    }

    private static String amount(BigDecimal v, Target t) {
        return num(v) + unit(t);
    }

    private String head(boolean en, Light light) {
        return en ? lightEn(light) + ": " + name + " " : lightZh(light) + "：" + at.label(false) + name + " ";
    }

    private String by(boolean en) {
        return en ? " by " + at.label(true) : "";
    }

    String notReported(boolean en) {
        return en ? "Awaiting entry: " + name + " has no value for " + at.label(true) + " yet"
                : "待填报：" + name + " " + at.label(false) + "尚未填报";
    }

    String overdue(boolean en, LocalDate dueDate) {
        return en ? "Overdue: " + name + " for " + at.label(true) + " was due by " + date(dueDate, true)
                : "逾期未填报：" + name + " " + at.label(false) + "应于" + date(dueDate, false) + "前填报";
    }

    String notDue(boolean en) {
        return en ? "Not yet due: " + name + " is judged at year end" : "未到评价期：" + name + " 年末评价";
    }

    String level(boolean en, Light light, QualitativeLevel level) {
        return en ? head(true, light) + level.label(true) + by(true) : head(false, light) + level.label(false);
    }

    String ceiling(boolean en, Light light, BigDecimal actual, Target t, boolean within) {
        String a = amount(actual, t);
        String limit = amount(t.value(), t);
        return en ? head(true, light) + a + by(true) + ", " + (within ? "within" : "above") + " the ceiling of " + limit
                : head(false, light) + a + "，" + (within ? "未超过" : "超过") + "上限 " + limit;
    }

    /** Due (or done early) and met; blue when far above the target. */
    String met(boolean en, Light light, BigDecimal actual, Target t, BigDecimal ofTarget, boolean early) {
        String a = amount(actual, t);
        if (light == Light.BLUE) {
            return en ? head(true, light) + a + by(true) + ", target " + t.text() + " met at " + percent(ofTarget)
                    + " of it: give the reason (the target may be too low)"
                    : head(false, light) + a + "，完成目标 " + t.text() + "，为目标的 " + percent(ofTarget) + "，须说明原因（目标可能偏低）";
        }
        if (early) {
            return en ? head(true, light) + a + by(true) + ", the full-year target " + t.text() + " is already met"
                    : head(false, light) + a + "，已完成全年目标 " + t.text();
        }
        return en ? head(true, light) + a + by(true) + ", target " + t.text() + " met"
                : head(false, light) + a + "，完成目标 " + t.text();
    }

    /** Due and missed: red, or yellow within a configured close-miss band. */
    String missed(boolean en, Light light, BigDecimal actual, Target t, BigDecimal ofTarget, ProgressProfile profile) {
        String a = amount(actual, t);
        String closeZh = light == Light.YELLOW ? "，接近目标" : "";
        String closeEn = light == Light.YELLOW ? ", close to it" : "";
        return en ? head(true, light) + a + by(true) + ", target " + t.text() + " missed (" + percent(ofTarget) + " of it"
                + closeEn + dueNoteEn(profile) + ")"
                : head(false, light) + a + "，未完成目标 " + t.text() + "（完成 " + percent(ofTarget) + closeZh + dueNoteZh(profile) + "）";
    }

    /** Before it is due, a cumulative count or amount against what is expected by now. */
    String onTheWay(boolean en, Light light, BigDecimal actual, BigDecimal expected, Target t, ProgressProfile profile,
            BigDecimal ratio) {
        String a = amount(actual, t);
        String e = amount(expected, t);
        String p = percent(ratio);
        int cmp = actual.compareTo(expected);
        if (en) {
            String tail = switch (light) {
                case BLUE -> ", above the " + e + " expected by now (" + p + ")" + planEn(profile)
                        + ": check the target was not set too low";
                case GREEN -> cmp >= 0 ? ", " + (cmp == 0 ? "meeting" : "above") + " the " + e + " expected by now" + planEn(profile)
                        : ", within tolerance (" + e + " expected by now, " + p + ")" + planEn(profile);
                default -> ", below the " + e + " expected by now (" + p + ")" + planEn(profile);
            };
            return head(true, light) + a + by(true) + tail;
        }
        String tail = switch (light) {
            case BLUE -> "，超过应完成 " + e + "（完成 " + p + "）" + planZh(profile) + "，请核实目标是否偏低";
            case GREEN -> cmp >= 0 ? "，" + (cmp == 0 ? "达到" : "超过") + "应完成 " + e + planZh(profile)
                    : "，在容差内（应完成 " + e + "，完成 " + p + "）" + planZh(profile);
            default -> "，低于应完成 " + e + "（完成 " + p + "）" + planZh(profile);
        };
        return head(false, light) + a + tail;
    }

    /** Before it is due, a rate or a year-end figure against the target itself. */
    String rateOnTheWay(boolean en, Light light, BigDecimal actual, Target t, BigDecimal ratio, boolean meets) {
        String a = amount(actual, t);
        String p = percent(ratio);
        if (en) {
            String tail = switch (light) {
                case BLUE -> ", " + p + " of the target " + t.text() + ": check the target was not set too low";
                case GREEN -> meets ? ", in line with the target " + t.text()
                        : ", within tolerance (target " + t.text() + ", " + p + ")";
                default -> ", below the target " + t.text() + " (" + p + ")";
            };
            return head(true, light) + a + by(true) + tail;
        }
        String tail = switch (light) {
            case BLUE -> "，为目标的 " + p + "，请核实目标是否偏低";
            case GREEN -> meets ? "，符合目标 " + t.text() : "，在容差内（目标 " + t.text() + "，完成 " + p + "）";
            default -> "，低于目标 " + t.text() + "（完成 " + p + "）";
        };
        return head(false, light) + a + tail;
    }

    private String planZh(ProgressProfile profile) {
        return switch (profile.kind()) {
            case BY_DATE -> "（" + profile.dueMonth() + "月底前完成）";
            case SPRING_FESTIVAL -> "（春节前完成，即" + date(profile.dueDate(at.year()), false) + "前）";
            case CUSTOM -> "（按计划进度 " + percent(profile.expectedShare(at)) + "）";
            default -> "（按序时进度 " + percent(at.timeProgress()) + "）";
        };
    }

    private String planEn(ProgressProfile profile) {
        return switch (profile.kind()) {
            case BY_DATE -> " (due by the end of month " + profile.dueMonth() + ")";
            case SPRING_FESTIVAL -> " (due before the Spring Festival, by " + date(profile.dueDate(at.year()), true) + ")";
            case CUSTOM -> " (planned progress " + percent(profile.expectedShare(at)) + ")";
            default -> " (time progress " + percent(at.timeProgress()) + ")";
        };
    }

    private String dueNoteZh(ProgressProfile profile) {
        return switch (profile.kind()) {
            case BY_DATE -> "，应于" + profile.dueMonth() + "月底前全部完成";
            case SPRING_FESTIVAL -> "，应于春节前（" + date(profile.dueDate(at.year()), false) + "）全部完成";
            default -> "";
        };
    }

    private String dueNoteEn(ProgressProfile profile) {
        return switch (profile.kind()) {
            case BY_DATE -> ", all due by the end of month " + profile.dueMonth();
            case SPRING_FESTIVAL -> ", all due before the Spring Festival, by " + date(profile.dueDate(at.year()), true);
            default -> "";
        };
    }
}
