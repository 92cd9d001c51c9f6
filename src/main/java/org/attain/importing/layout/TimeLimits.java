package org.attain.importing.layout;

import java.util.Set;
import java.util.regex.Pattern;
import org.attain.targets.Comparator;
import org.attain.targets.Direction;
import org.attain.targets.Target;

/**
 * A time limit written bare ("任务完成时限(月) | 10", "完成时间(天) | 30", "建设工期 | 6个月"): the most time allowed, so
 * a ceiling (at most 10 months), not the "at least" a bare count would be. A written comparator stays as written.
 */
final class TimeLimits {

    /** A name that ends by naming a span of time, its unit perhaps in brackets: "任务完成时限(月)", "建设工期". */
    private static final Pattern LIMIT = Pattern.compile("(?:时限|期限|完成时间|工期|周期|用时|时长)\\s*(?:[（(][^（）()]{1,4}[)）])?$");

    private static final Set<String> TIME_UNITS = Set.of("月", "个月", "天", "日", "工作日", "年", "小时", "周");

    private TimeLimits() {}

    /** The target of an indicator of this name: a bare time limit as a ceiling, any other target as it is. */
    static Target of(String name, Target target) {
        if (target.explicit()
                || target.value() == null
                || target.comparator() == null
                || target.unit() != null && !TIME_UNITS.contains(target.unit())
                || !LIMIT.matcher(name.strip()).find()) {
            return target;
        }
        return new Target(
                target.text(),
                Comparator.LE,
                target.value(),
                target.unit(),
                Direction.LOWER_IS_BETTER,
                false,
                target.warning(),
                target.warningArgs());
    }
}
