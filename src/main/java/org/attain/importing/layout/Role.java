package org.attain.importing.layout;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a column of an indicator table holds, recognised from its header as the templates of the last decade name it
 * (申报表, 批复表, 目标表, the 绩效目标 part of 自评表 and 监控表). Columns Attain does not import say why.
 */
enum Role {
    /** 目标名称: "年度绩效目标1", a label of the goal the rows belong to. */
    GOAL_LABEL,
    CATEGORY,
    SUBCATEGORY,
    NAME,
    /** The target; {@code long term} when the header says 中期/长期 (a table with both sets of values). */
    VALUE,
    /** 指标性质 or 运算符号: ≥, ≤, =, or 定量/定性. */
    OPERATOR,
    /** 度量单位. */
    UNIT,
    /** 指标值确定依据 (计划标准, 行业标准, …). */
    BASIS,
    /** 指标方向性: 正向 / 反向. */
    DIRECTION,
    /** 项目名称 as a column: a list of indicators of several projects. */
    PROJECT,
    /** The project's budget as a column of such a list. */
    BUDGET,
    /** 序号 and a row label such as 绩效指标 spanning the table: nothing to import, nothing lost. */
    NONE,
    /** Explanations: 指标解释, 评分标准, 备注 … — not a target. */
    EXPLANATION,
    /** 权重, 分值, 得分. */
    WEIGHT,
    /** What was achieved: 实际完成值, 1-6月执行情况, 全年预计完成情况. */
    ACTUAL,
    /** 偏差原因分析, 改进措施, 完成目标可能性. */
    REASON;

    private static final Map<String, Role> WORDS = Map.ofEntries(
            Map.entry("目标名称", GOAL_LABEL),
            Map.entry("绩效目标", GOAL_LABEL),
            Map.entry("目标", GOAL_LABEL),
            Map.entry("年度绩效目标", GOAL_LABEL),
            Map.entry("绩效目标名称", GOAL_LABEL),
            Map.entry("一级指标", CATEGORY),
            Map.entry("一级", CATEGORY),
            Map.entry("指标类别", CATEGORY),
            Map.entry("二级指标", SUBCATEGORY),
            Map.entry("二级", SUBCATEGORY),
            Map.entry("三级指标", NAME),
            Map.entry("三级", NAME),
            Map.entry("指标名称", NAME),
            Map.entry("具体指标", NAME),
            Map.entry("三级指标名称", NAME),
            Map.entry("绩效指标名称", NAME),
            Map.entry("指标", NAME),
            Map.entry("指标内容", NAME),
            Map.entry("三级指标内容", NAME),
            Map.entry("指标项", NAME),
            Map.entry("指标值", VALUE),
            Map.entry("目标值", VALUE),
            Map.entry("年度指标值", VALUE),
            Map.entry("年度目标值", VALUE),
            Map.entry("绩效指标值", VALUE),
            Map.entry("预期目标值", VALUE),
            Map.entry("预期指标值", VALUE),
            Map.entry("指标目标值", VALUE),
            Map.entry("全年指标值", VALUE),
            Map.entry("年度绩效指标值", VALUE),
            Map.entry("绩效目标值", VALUE),
            Map.entry("计划指标值", VALUE),
            Map.entry("中期指标值", VALUE),
            Map.entry("长期指标值", VALUE),
            Map.entry("中长期指标值", VALUE),
            Map.entry("实施期指标值", VALUE),
            Map.entry("中期目标值", VALUE),
            Map.entry("长期目标值", VALUE),
            Map.entry("总体指标值", VALUE),
            Map.entry("项目期指标值", VALUE),
            Map.entry("指标值/目标值", VALUE),
            Map.entry("指标性质", OPERATOR),
            Map.entry("运算符号", OPERATOR),
            Map.entry("计算符号", OPERATOR),
            Map.entry("符号", OPERATOR),
            Map.entry("比较符", OPERATOR),
            Map.entry("比较方式", OPERATOR),
            Map.entry("指标值符号", OPERATOR),
            Map.entry("运算符", OPERATOR),
            Map.entry("判断符号", OPERATOR),
            Map.entry("度量单位", UNIT),
            Map.entry("计量单位", UNIT),
            Map.entry("单位", UNIT),
            Map.entry("指标单位", UNIT),
            Map.entry("指标值单位", UNIT),
            Map.entry("指标值确定依据", BASIS),
            Map.entry("指标值设定依据", BASIS),
            Map.entry("确定依据", BASIS),
            Map.entry("设定依据", BASIS),
            Map.entry("指标值依据", BASIS),
            Map.entry("绩效标准", BASIS),
            Map.entry("指标值确定依据及数据来源", BASIS),
            Map.entry("指标值设定依据及数据来源", BASIS),
            Map.entry("指标方向性", DIRECTION),
            Map.entry("指标方向", DIRECTION),
            Map.entry("正负向", DIRECTION),
            Map.entry("方向", DIRECTION),
            Map.entry("指标属性", DIRECTION),
            Map.entry("项目名称", PROJECT),
            Map.entry("项目", PROJECT),
            Map.entry("项目金额", BUDGET),
            Map.entry("预算金额", BUDGET),
            Map.entry("预算数", BUDGET),
            Map.entry("年度预算数", BUDGET),
            Map.entry("资金总额", BUDGET),
            Map.entry("年度资金总额", BUDGET),
            Map.entry("项目预算", BUDGET),
            Map.entry("预算资金", BUDGET),
            Map.entry("序号", NONE),
            Map.entry("编号", NONE),
            Map.entry("绩效指标", NONE),
            Map.entry("年度绩效指标", NONE),
            Map.entry("中期绩效指标", NONE),
            Map.entry("长期绩效指标", NONE),
            Map.entry("中长期绩效指标", NONE),
            Map.entry("指标解释", EXPLANATION),
            Map.entry("指标说明", EXPLANATION),
            Map.entry("指标值说明", EXPLANATION),
            Map.entry("评分标准", EXPLANATION),
            Map.entry("评(计)分标准", EXPLANATION),
            Map.entry("计分标准", EXPLANATION),
            Map.entry("评分方法", EXPLANATION),
            Map.entry("指标说明及评分标准", EXPLANATION),
            Map.entry("数据来源", EXPLANATION),
            Map.entry("备注", EXPLANATION),
            Map.entry("说明", EXPLANATION),
            Map.entry("指标值确定方法", EXPLANATION),
            Map.entry("考核方式", EXPLANATION),
            Map.entry("评(扣)分标准", EXPLANATION),
            Map.entry("指标解释说明", EXPLANATION),
            Map.entry("评分细则", EXPLANATION),
            Map.entry("计算公式", EXPLANATION),
            Map.entry("评价标准", EXPLANATION),
            Map.entry("权重", WEIGHT),
            Map.entry("分值", WEIGHT),
            Map.entry("得分", WEIGHT),
            Map.entry("自评得分", WEIGHT),
            Map.entry("权重分值", WEIGHT),
            Map.entry("指标权重", WEIGHT),
            Map.entry("实际完成值", ACTUAL),
            Map.entry("实际值", ACTUAL),
            Map.entry("完成值", ACTUAL),
            Map.entry("全年实际完成值", ACTUAL),
            Map.entry("执行情况", ACTUAL),
            Map.entry("全年预计完成情况", ACTUAL),
            Map.entry("预计完成值", ACTUAL),
            Map.entry("完成情况", ACTUAL),
            Map.entry("年度实际完成值", ACTUAL),
            Map.entry("全年预计完成值", ACTUAL),
            Map.entry("实际完成情况", ACTUAL),
            Map.entry("偏差原因分析", REASON),
            Map.entry("偏差原因", REASON),
            Map.entry("原因分析", REASON),
            Map.entry("改进措施", REASON),
            Map.entry("完成目标可能性", REASON),
            Map.entry("偏差原因分析及改进措施", REASON),
            Map.entry("未完成原因分析", REASON),
            Map.entry("偏差原因分析及措施", REASON));

    /** Longer headers of columns that are not imported, by what they speak of. */
    private static final Map<Role, List<String>> SPEAKS_OF = Map.of(
            REASON, List.of("原因", "改进措施", "整改措施", "完成目标可能性"),
            ACTUAL, List.of("实际完成", "执行情况", "实际值", "完成值", "预计完成"),
            WEIGHT, List.of("分值", "权重", "得分"),
            EXPLANATION, List.of("评分", "扣分", "解释", "说明", "备注", "细则", "数据来源", "计算方法", "计算公式"));

    /** The roles a longer header may speak of, in the order they are looked for. */
    private static final List<Role> SPOKEN_OF = List.of(REASON, ACTUAL, WEIGHT, EXPLANATION);

    private static final Pattern ACTUAL_TO_DATE = Pattern.compile("[0-9]{1,2}[-—–~至][0-9]{1,2}月.*");
    private static final Pattern UNIT_NOTE = Pattern.compile("[（(][^（）()]{0,12}[）)]");
    private static final Pattern LONG_TERM_WORDS = Pattern.compile("中期|长期|中长期|实施期|项目期|总体");

    /** The role a cell names when it is one of the header words themselves, or null. */
    static @Nullable Role of(String header) {
        if (header.length() > 24
                || header.isEmpty()
                || !FIRST.contains(header.charAt(0))
                        && !Character.isWhitespace(header.charAt(0))
                        && header.charAt(0) != '*') {
            return null;
        }
        String h = normal(header);
        Role role = WORDS.get(h);
        if (role == null && h.indexOf('(') >= 0) {
            role = WORDS.get(UNIT_NOTE.matcher(h).replaceAll(""));
        }
        return role;
    }

    /**
     * The role a cell of a header row names: a header word, or a longer header that speaks of what is not imported
     * ("未完成原因分析及改进措施", "1-6月执行情况"). Only for rows already known to be headers.
     */
    static @Nullable Role ofHeader(String header) {
        if (header.length() > 40) {
            return null;
        }
        String h = normal(header);
        Role role = WORDS.get(h);
        if (role == null && h.indexOf('(') >= 0) { // normal() made every bracket half-width
            role = WORDS.get(UNIT_NOTE.matcher(h).replaceAll(""));
        }
        if (role == null
                && !h.isEmpty()
                && h.charAt(0) >= '0'
                && h.charAt(0) <= '9'
                && ACTUAL_TO_DATE.matcher(h).matches()) {
            role = ACTUAL;
        }
        if (role == null && h.length() <= 16 && !hasLineEnd(h)) { // one line of header text
            for (Role r : SPOKEN_OF) {
                for (String word : SPEAKS_OF.get(r)) {
                    if (h.contains(word)) {
                        return r;
                    }
                }
            }
        }
        return role;
    }

    /** Whether a header cell speaks of the long-term (中期/长期) values. */
    static boolean longTerm(String header) {
        return LONG_TERM_WORDS.matcher(normal(header)).find();
    }

    /** Whether the role's column holds what defines an indicator (the part of a header that makes it one). */
    boolean defining() {
        return this == CATEGORY || this == SUBCATEGORY || this == NAME || this == VALUE;
    }

    /** Whether a column of this role is left out of the import, with a warning saying why. */
    boolean ignored() {
        return this == EXPLANATION || this == WEIGHT || this == ACTUAL || this == REASON;
    }

    /** What {@code .} does not match in a regular expression: the header words are looked for in one line. */
    private static final String LINE_ENDS = "\n\r\u0085\u2028\u2029";

    /** Whether a text holds one of the {@link #LINE_ENDS} (a header cell rarely does). */
    private static boolean hasLineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LINE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Spaces ({@code \s}), asterisks and colons, left out of a header. */
    private static final String IGNORED_CHARACTERS = " \t\n\u000B\f\r*＊:：";

    static String normal(String header) {
        StringBuilder h = null;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            boolean ignored = IGNORED_CHARACTERS.indexOf(c) >= 0;
            if (ignored && h == null) {
                h = new StringBuilder(header.length()).append(header, 0, i);
            } else if (!ignored && h != null) {
                h.append(c);
            }
        }
        return (h == null ? header : h.toString()).replace('（', '(').replace('）', ')');
    }

    /** The first characters of the header words: a cell starting with another one names no column (most do not). */
    private static final Set<Character> FIRST =
            WORDS.keySet().stream().map(w -> w.charAt(0)).collect(Collectors.toSet());
}
