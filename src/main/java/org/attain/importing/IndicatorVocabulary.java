package org.attain.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The names of the 一级 and 二级 indicator levels, and which category each subcategory belongs to. */
final class IndicatorVocabulary {

    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SATISFACTION = "满意度指标";

    static final Set<String> CATEGORIES = Set.of(OUTPUT, BENEFIT, SATISFACTION);

    static final Map<String, String> SUBCATEGORIES = new LinkedHashMap<>();

    static {
        SUBCATEGORIES.put("数量指标", OUTPUT);
        SUBCATEGORIES.put("质量指标", OUTPUT);
        SUBCATEGORIES.put("时效指标", OUTPUT);
        SUBCATEGORIES.put("成本指标", OUTPUT);
        SUBCATEGORIES.put("经济效益指标", BENEFIT);
        SUBCATEGORIES.put("社会效益指标", BENEFIT);
        SUBCATEGORIES.put("生态效益指标", BENEFIT);
        SUBCATEGORIES.put("可持续影响指标", BENEFIT);
        SUBCATEGORIES.put("服务对象满意度指标", SATISFACTION);
    }

    static final Set<String> HEADER_WORDS = Set.of("目标名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据",
            "名称", "目标说明", "指标名称", "年度指标值", "备注", "绩效指标");

    static final Set<String> BASIS_WORDS = Set.of("计划值", "计划标准", "行业标准", "行业值", "历史标准", "历史值",
            "预算支出标准", "其他标准", "其他", "标准值");

    private IndicatorVocabulary() {
    }

    static @Nullable String category(String cell) {
        return CATEGORIES.contains(cell) ? cell : null;
    }

    /** The subcategory a cell names, also when truncated ("服务对象满意") or written without 指标. */
    static @Nullable String subcategory(String cell) {
        if (SUBCATEGORIES.containsKey(cell)) {
            return cell;
        }
        if (cell.length() >= 2) {
            for (String name : SUBCATEGORIES.keySet()) {
                String bare = name.substring(0, name.length() - 2);
                if (cell.equals(bare) || cell.length() >= 4 && name.startsWith(cell)) {
                    return name;
                }
            }
        }
        return null;
    }

    static boolean isHeader(String cell) {
        return HEADER_WORDS.contains(cell);
    }

    static boolean isBasis(String cell) {
        return BASIS_WORDS.contains(cell);
    }
}
