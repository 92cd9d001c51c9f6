package org.attain.targets;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The units targets are written in (人, 人次, %, 万元, 元/人年, 个工作日, 平方米, km …): what may follow a number for it to be
 * a target, and what a bare amount means without a comparator. Latin units in either case (80M, 5KM).
 */
final class Units {

    private static final Pattern UNIT = Pattern.compile("(?:百分比|厘米|毫米|工作日|课时|学时|平方米|平方公里|立方米|公里|千米|公斤|千克|公顷|床位|百分点|"
            + "小时|分钟|千瓦|万人次|人次|户次|[人次%‰元万亿千百个场天户家项件期名批份篇所座处台套班月年周日时分秒辆吨亩张册本条块栋间"
            + "棵株头只匹艘架口眼宗校轮届盏米里克斤升度瓦倍级星/*·²³㎡㎞]|(?i:kW|kWh|km|kg|m²|m|t|h)|GB|MB)+");
    private static final Set<String> COUNT_OR_RATE = Set.of(
            "人", "人次", "%", "次", "个", "场", "天", "户", "家", "项", "件", "期", "名", "批", "份", "篇", "所", "座", "处", "台", "套",
            "万人次", "班", "户次", "条", "块", "栋", "间", "棵", "株", "头", "只", "辆", "册", "本", "张", "宗", "校", "轮", "届", "课时",
            "学时", "床位", "‰", "百分比");

    private Units() {}

    static boolean isUnit(String unit) {
        if (unit.length() > Target.UNIT_MAX) {
            return false;
        }
        Boolean known = SEEN.get(unit);
        if (known != null) {
            return known;
        }
        boolean matches = UNIT.matcher(unit).matches();
        if (SEEN.size() < SEEN_MAX) {
            SEEN.put(unit, matches);
        }
        return matches;
    }

    /**
     * Short texts already matched against {@link #UNIT}, as the same few units follow the numbers of a document again
     * and again: bounded, so that a file of garbage does not fill it, and shared by the threads that read.
     */
    private static final Map<String, Boolean> SEEN = new ConcurrentHashMap<>();

    private static final int SEEN_MAX = 10_000;

    /** The comparator of a bare amount: a ceiling under a cost subcategory, "at least" for a count or a rate. */
    static Comparator impliedComparator(@Nullable String unit, boolean cost) {
        if (cost) {
            return Comparator.LE;
        }
        if (unit == null || COUNT_OR_RATE.contains(unit)) {
            return Comparator.GE;
        }
        int per = unit.indexOf('/');
        if (per > 0 && COUNT_OR_RATE.contains(unit.substring(0, per))) {
            // a count per period or per head: 1次/月, 2人/年
            return Comparator.GE;
        }
        return Comparator.EQ;
    }
}
