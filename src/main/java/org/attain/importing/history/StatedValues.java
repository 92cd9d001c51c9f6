package org.attain.importing.history;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import org.attain.i18n.MessageException;
import org.attain.monitoring.Quantity;
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

    /** A value in the target's unit, or null when it is not one. */
    static @Nullable BigDecimal value(String text, Target target) {
        String t = LEADING_COMPARATOR.matcher(Flat.compact(text)).replaceFirst("");
        try {
            return Quantity.parse(t, target.unit(), Numbers.Limit.VALUE);
        } catch (Numbers.Refused | MessageException e) {
            // 100 (%) for 100% and units written otherwise (人*月): the number alone when all of it is the number
            String number = t.replaceAll("[^0-9.].*$", "");
            return !number.isEmpty() && PLAIN.matcher(number).matches() && target.unit() != null
                    ? new BigDecimal(number)
                    : null;
        }
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
