package org.attain.importing.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The names of the 一级 and 二级 indicator levels as real documents write them, and the names Attain stores: the older
 * 项目完成指标 / 项目效益指标 are 产出指标 / 效益指标; since 财预〔2021〕101号 成本指标 is also a 一级 category of its own
 * (经济/社会/生态环境成本指标) beside 产出指标; satisfaction may be written as a 二级 under 效益指标.
 */
final class Vocabulary {

    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SATISFACTION = "满意度指标";
    static final String COST = "成本指标";

    /** 一级 names as written → the name stored. */
    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry(OUTPUT, OUTPUT),
            Map.entry("产出", OUTPUT),
            Map.entry("项目完成指标", OUTPUT),
            Map.entry("项目产出指标", OUTPUT),
            Map.entry("预期产出指标", OUTPUT),
            Map.entry("预期效果指标", BENEFIT),
            Map.entry("完成指标", OUTPUT),
            Map.entry(BENEFIT, BENEFIT),
            Map.entry("效益", BENEFIT),
            Map.entry("项目效益指标", BENEFIT),
            Map.entry("效果指标", BENEFIT),
            Map.entry(SATISFACTION, SATISFACTION),
            Map.entry("满意度", SATISFACTION),
            Map.entry("社会满意度指标", SATISFACTION));

    /** 二级 names (stored form) → the 一级 they belong to. */
    static final Map<String, String> SUBCATEGORIES = new LinkedHashMap<>();
    /** 二级 names as some documents write them → the stored form. */
    private static final Map<String, String> SUBCATEGORY_ALIASES = Map.ofEntries(
            Map.entry("预算控制指标", COST),
            Map.entry("投资规模控制指标", COST),
            Map.entry("社会、经济、生态效益指标", "社会效益指标"),
            Map.entry("经济、社会、生态效益指标", "社会效益指标"),
            Map.entry("社会公众或服务对象满意度指标", "服务对象满意度指标"),
            Map.entry("社会公众满意度指标", "服务对象满意度指标"),
            Map.entry("服务对象满意指标", "服务对象满意度指标"),
            Map.entry("生态环境效益指标", "生态效益指标"),
            Map.entry("可持续影响力指标", "可持续影响指标"),
            Map.entry("生态成本指标", "生态环境成本指标"));

    static {
        SUBCATEGORIES.put("数量指标", OUTPUT);
        SUBCATEGORIES.put("质量指标", OUTPUT);
        SUBCATEGORIES.put("时效指标", OUTPUT);
        SUBCATEGORIES.put(COST, OUTPUT);
        SUBCATEGORIES.put("经济成本指标", COST);
        SUBCATEGORIES.put("社会成本指标", COST);
        SUBCATEGORIES.put("生态环境成本指标", COST);
        SUBCATEGORIES.put("经济效益指标", BENEFIT);
        SUBCATEGORIES.put("社会效益指标", BENEFIT);
        SUBCATEGORIES.put("生态效益指标", BENEFIT);
        SUBCATEGORIES.put("可持续影响指标", BENEFIT);
        SUBCATEGORIES.put("服务对象满意度指标", SATISFACTION);
    }

    static final Set<String> BASIS_WORDS = Set.of(
            "计划值",
            "计划标准",
            "行业标准",
            "行业值",
            "历史标准",
            "历史值",
            "预算支出标准",
            "其他标准",
            "其他",
            "标准值",
            "计划",
            "行业",
            "历史",
            "国家标准",
            "省级标准",
            "地方标准",
            "财政部门公布的行业标准",
            "绩效评价标准");

    /** Rows of a self-evaluation or monitoring table that are no indicator: totals, grades, the budget line. */
    static final Set<String> SUMMARY_WORDS =
            Set.of("总分", "合计", "总计", "小计", "自评等级", "评价等级", "等级", "自评得分", "预算执行率", "资金执行率", "综合评分", "评价结论", "自评结论");

    private Vocabulary() {}

    /** The 一级 category a cell names, in its stored form; null when it names none. */
    static @Nullable String category(String cell) {
        String named = CATEGORIES.get(bare(cell));
        if (named == null && cell.indexOf('分') > 0) {
            // the level's weight after it: "产出指标(50分)", "效 益 指 标 (30分)", "成本指标(0-20)分"
            named = CATEGORIES.get(bare(WEIGHT.matcher(cell).replaceFirst("")));
            if (named == null) {
                named = CATEGORIES.get(WEIGHT.matcher(bare(cell)).replaceFirst(""));
            }
        }
        return named;
    }

    /** The weight a self-evaluation writes after a 一级 name: "产出指标(50分)", "效益指标（30 分）", "(0-20)分". */
    private static final Pattern WEIGHT =
            Pattern.compile("\\s*[（(]\\s*[0-9]+(?:\\.[0-9]+)?(?:\\s*[-—~]\\s*[0-9]+)?\\s*分?\\s*[)）]\\s*分?\\s*$");

    /** Whether a cell writes a subcategory's name in full (not truncated, not without 指标). */
    static boolean fullSubcategory(String cell) {
        String c = bare(cell);
        return SUBCATEGORIES.containsKey(c) || SUBCATEGORY_ALIASES.containsKey(c);
    }

    /** The 二级 subcategory a cell names, also when truncated ("服务对象满意") or written without 指标. */
    static @Nullable String subcategory(String cell) {
        String named = subcategoryAsWritten(cell);
        if (named == null && cell.strip().endsWith("指标等")) {
            // "服务对象满意度指标等", as a template wrote it
            named = subcategoryAsWritten(cell.strip().substring(0, cell.strip().length() - 1));
        }
        if (named == null && cell.indexOf('(') + cell.indexOf('（') > -2) {
            // a note in brackets: "数量指标(或建筑规模指标)", "预算(或投资规模)控制指标"
            named = subcategoryAsWritten(NOTE.matcher(cell).replaceAll(""));
        }
        return named;
    }

    private static final Pattern NOTE = Pattern.compile("[（(][^（）()]*[)）]");

    private static @Nullable String subcategoryAsWritten(String cell) {
        String c = bare(cell);
        String alias = SUBCATEGORY_ALIASES.get(c);
        if (alias != null) {
            return alias;
        }
        if (SUBCATEGORIES.containsKey(c)) {
            return c;
        }
        if (c.length() >= 2) {
            for (String name : SUBCATEGORIES.keySet()) {
                // c is the name without its last two characters (指标), or, from four characters on, its beginning
                if ((c.length() == name.length() - 2 || c.length() >= 4) && name.startsWith(c)) {
                    return name;
                }
            }
        }
        return null;
    }

    static boolean isBasis(String cell) {
        return BASIS_WORDS.contains(bare(cell));
    }

    static boolean isSummary(String cell) {
        String b = bare(cell);
        int bracket = Math.max(b.indexOf('（'), b.indexOf('('));
        return SUMMARY_WORDS.contains(bracket > 0 ? b.substring(0, bracket) : b);
    }

    /** Whether a subcategory is about cost: a bare amount under it is a ceiling, and less is better. */
    static boolean isCost(@Nullable String subcategory) {
        return subcategory != null && subcategory.contains("成本");
    }

    /** A cell without the numbering, colons and spaces that documents put around a level's name. */
    static String bare(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        if ((first == '（' || first == '(' || Character.isDigit(first) || "一二三四五六七八九十".indexOf(first) >= 0)
                && endsNumber(s)) {
            s = NUMBERED.matcher(s).replaceFirst("");
        }
        if (!s.isEmpty() && mayTrail(s.charAt(s.length() - 1))) {
            s = TRAILING.matcher(s).replaceFirst("");
        }
        return s.indexOf(' ') < 0 && s.indexOf('　') < 0 ? s : s.replace(" ", "").replace("　", "");
    }

    /** Whether a text holds a character that ends the numbering {@link #NUMBERED} removes (most targets do not). */
    private static boolean endsNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (")）.、．".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NUMBERED = Pattern.compile("^[（(]?[0-9一二三四五六七八九十]+[)）.、．]\\s*");
    /**
     * Whether {@link #TRAILING} may match before this last character: one it removes (a colon or {@code \s}), or a
     * line end that {@code $} matches before.
     */
    private static boolean mayTrail(char last) {
        return "：: \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(last) >= 0;
    }

    private static final Pattern TRAILING = Pattern.compile("[：:\\s]+$");
}
