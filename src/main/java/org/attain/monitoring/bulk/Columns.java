package org.attain.monitoring.bulk;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attain.importing.ImportProblem;
import org.jspecify.annotations.Nullable;

/** The column keys of actuals and budget files, with the Chinese headers of the monitoring workbook. */
final class Columns {

    static final String PROJECT = "project";
    static final String INDICATOR = "indicator";
    static final String INDICATOR_ID = "indicator_id";
    static final String CHECKPOINT = "checkpoint";
    static final String ACTUAL = "actual";
    static final String FORECAST = "forecast";
    static final String LIKELIHOOD = "likelihood";
    static final String REASONS = "reasons";
    static final String REASON_TEXT = "reason_text";
    static final String CORRECTIVE_ACTION = "corrective_action";
    static final String NOTE = "note";
    static final String VERSION = "version";
    static final String ANNUAL_BUDGET = "annual_budget";
    static final String ADJUSTMENT_REASON = "adjustment_reason";
    static final String EXECUTED = "executed";

    /** Display columns of the workbook that a reader ignores. */
    static final String CATEGORY = "category";

    static final String SUBCATEGORY = "subcategory";
    static final String TARGET = "target";
    static final String EXPECTED = "expected";

    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("项目名称", PROJECT),
            Map.entry("三级指标", INDICATOR),
            Map.entry("指标编号", INDICATOR_ID),
            Map.entry("检查点", CHECKPOINT),
            Map.entry("截至目前完成值", ACTUAL),
            Map.entry("全年预计完成", FORECAST),
            Map.entry("完成目标可能性", LIKELIHOOD),
            Map.entry("偏差原因", REASONS),
            Map.entry("原因说明", REASON_TEXT),
            Map.entry("改进措施", CORRECTIVE_ACTION),
            Map.entry("备注", NOTE),
            Map.entry("版本", VERSION),
            Map.entry("全年预算数", ANNUAL_BUDGET),
            Map.entry("调整原因", ADJUSTMENT_REASON),
            Map.entry("执行数", EXECUTED),
            Map.entry("全年预计执行数", FORECAST),
            Map.entry("一级指标", CATEGORY),
            Map.entry("二级指标", SUBCATEGORY),
            Map.entry("年度指标值", TARGET),
            Map.entry("按进度应完成", EXPECTED));

    private static final Set<String> KEYS = Set.of(
            PROJECT,
            INDICATOR,
            INDICATOR_ID,
            CHECKPOINT,
            ACTUAL,
            FORECAST,
            LIKELIHOOD,
            REASONS,
            REASON_TEXT,
            CORRECTIVE_ACTION,
            NOTE,
            VERSION,
            ANNUAL_BUDGET,
            ADJUSTMENT_REASON,
            EXECUTED,
            CATEGORY,
            SUBCATEGORY,
            TARGET,
            EXPECTED);

    private Columns() {}

    /** The key of a header cell, or null when it names no known column. */
    static @Nullable String key(String header) {
        String h = header == null ? "" : header.strip().replace("\uFEFF", "");
        String lower = h.toLowerCase(Locale.ROOT).replace(' ', '_');
        if (KEYS.contains(lower)) {
            return lower;
        }
        for (Map.Entry<String, String> e : CHINESE.entrySet()) {
            if (h.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The column's name in the reader's language, for messages. */
    static ImportProblem.Label label(String key) {
        return new ImportProblem.Label("bulk.column." + key);
    }

    static String chinese(String key) {
        if (FORECAST.equals(key)) {
            return "全年预计完成";
        }
        return CHINESE.entrySet().stream()
                .filter(e -> e.getValue().equals(key))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(key);
    }
}
