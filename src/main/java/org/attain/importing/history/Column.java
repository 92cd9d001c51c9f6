package org.attain.importing.history;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a column of an earlier year's indicator table holds, as its header names it. The target's columns (指标值, or
 * 指标性质 | 指标值 | 度量单位) are one {@link #TARGET}: the target itself is known from the target import.
 */
enum Column {
    LEVEL,
    NAME,
    TARGET,
    ACTUAL,
    FORECAST,
    WEIGHT,
    SCORE,
    REASON,
    OTHER;

    /** 1-6月执行情况, 1—7月执行情况: the month of a monitoring table's actual. */
    static final Pattern TO_DATE = Pattern.compile("[1１][-—–~至]([0-9]{1,2})月(?:执行情况|完成情况|完成值|实际完成值)?");

    private static final List<Entry> WORDS = List.of(
            new Entry(LEVEL, "一级指标|二级指标|一级|二级|绩效指标|年度绩效指标|序号"),
            new Entry(NAME, "三级指标|三级|指标名称|三级指标名称|具体指标"),
            new Entry(TARGET, "年度指标值|指标值|目标值|年度目标值|全年指标值|指标性质|度量单位|计量单位|运算符号|单位"),
            new Entry(ACTUAL, "实际完成值|全年实际值|实际值|完成值|年度实际完成值|全年实际完成值|实际完成情况|完成情况"),
            new Entry(FORECAST, "全年预计完成情况|全年预计完成值|预计完成值|预计完成情况"),
            new Entry(WEIGHT, "分值|权重|指标权重|权重分值"),
            new Entry(SCORE, "得分|自评得分|评分"),
            new Entry(REASON, ".*原因.*|.*改进措施.*|完成目标可能性|.*整改措施.*"),
            new Entry(OTHER, "备注|说明|指标解释|评分标准|数据来源"));

    private record Entry(Column column, Pattern words) {
        Entry(Column column, String words) {
            this(column, Pattern.compile(words));
        }
    }

    /** The column a header cell names, or null when it names none. */
    static @Nullable Column of(String header) {
        String h = normal(header);
        if (h.isEmpty() || h.length() > 24) {
            return null;
        }
        if (TO_DATE.matcher(h).matches()) {
            return ACTUAL;
        }
        for (Entry e : WORDS) {
            if (e.words().matcher(h).matches()) {
                return e.column();
            }
        }
        return null;
    }

    /** The last month of a 1-X月 header, or 0 when the header names none. */
    static int month(String header) {
        Matcher m = TO_DATE.matcher(normal(header));
        if (!m.matches()) {
            return 0;
        }
        int month = Integer.parseInt(m.group(1));
        return month >= 1 && month <= 12 ? month : 0;
    }

    static String normal(String text) {
        return text.replaceAll("[\\s*＊:：★]", "")
                .replaceAll("[（(][A-Za-z/]*[)）]", "")
                .replace('（', '(')
                .replace('）', ')');
    }
}
