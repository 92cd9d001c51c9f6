package org.attain.importing.history;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.i18n.MessageException;
import org.attain.status.QualitativeLevel;
import org.attain.targets.Numbers;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/**
 * Reads what an earlier year's table states, as an actual is read on entry: a number in the target's unit
 * ({@code 21980人}, {@code 98%}, {@code 132.9} under ≤202.6万元; a comparator written before it is no part of the
 * value), a level for a qualitative target (达成预期指标, 有效, 部分达成…), weights and scores as plain numbers. What
 * cannot be read is null, and the caller warns with its place.
 */
final class StatedValues {

    /** Weights and scores: {@code DECIMAL(6, 2)}. */
    static final Numbers.Limit POINTS = new Numbers.Limit(4, 2);

    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,4}(?:\\.[0-9]{1,4})?");
    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)([^0-9.].{0,12})?");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,14}(?:\\.[0-9]{1,6})?");
    private static final Pattern LEADING_COMPARATOR = Pattern.compile("^(?:≥|≤|>|<|=|大于等于|不低于|不少于|达到)");
    private static final Set<String> ACHIEVED = Set.of(
            "达成", "已达成", "达成预期指标", "达成预期目标", "达成年度指标", "达到预期", "达到预期目标", "达到预期指标", "已完成", "完成", "有效", "是", "符合", "及时",
            "合格", "达标", "良好", "显著", "明显", "效果明显", "显著提升");

    private StatedValues() {}

    static boolean plainNumber(String text) {
        return PLAIN.matcher(Flat.compact(text)).matches();
    }

    /** A weight or score, or null when it is not a plain number of points. */
    static @Nullable BigDecimal points(String text) {
        String t = Flat.compact(text).replace("分", "");
        if (!PLAIN.matcher(t).matches()) {
            return null;
        }
        try {
            return Numbers.parse(t, POINTS, false);
        } catch (Numbers.Refused e) {
            return null;
        }
    }

    /**
     * A value in the target's unit, or null when it is not one: the number read whole, a unit written after it either
     * the target's, none, or 元 for 万元 (and the reverse); another unit (人次 for 人) is taken as written beside the
     * number, never converted.
     */
    static @Nullable BigDecimal value(String text, Target target) {
        String t = LEADING_COMPARATOR.matcher(Flat.compact(text)).replaceFirst("");
        Matcher m = NUMBER_THEN_UNIT.matcher(t);
        if (!m.matches()) {
            return null;
        }
        BigDecimal value;
        try {
            value = Numbers.parse(m.group(1), Numbers.Limit.VALUE, false);
        } catch (Numbers.Refused e) {
            return null;
        }
        String unit = m.group(2);
        if ("万元".equals(target.unit()) && "元".equals(unit)) {
            value = value.divide(TEN_THOUSAND);
        } else if ("元".equals(target.unit()) && "万元".equals(unit)) {
            value = value.multiply(TEN_THOUSAND);
        }
        return Numbers.Limit.VALUE.check(value) == null ? value : null;
    }

    /** The level a qualitative target reached, or null when the text names none. */
    static @Nullable QualitativeLevel level(String text) {
        String t = Flat.compact(text);
        if (ACHIEVED.contains(t)) {
            return QualitativeLevel.ACHIEVED;
        }
        try {
            return QualitativeLevel.parse(t);
        } catch (MessageException e) {
            return t.startsWith("未") ? QualitativeLevel.NOT_ACHIEVED : null;
        }
    }

    /** A percentage as a fraction (100% → 1), or an amount as written; null when it is neither. */
    static @Nullable BigDecimal rate(String text) {
        String t = Flat.compact(text);
        boolean percent = t.endsWith("%");
        t = percent ? t.substring(0, t.length() - 1) : t.replace(",", "");
        if (!AMOUNT.matcher(t).matches()) {
            return null;
        }
        BigDecimal v = new BigDecimal(t);
        return percent ? v.movePointLeft(2) : v;
    }
}
