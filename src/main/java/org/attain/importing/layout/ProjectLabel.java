package org.attain.importing.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.attain.indicator.GoalTable;
import org.jspecify.annotations.Nullable;

/**
 * The labels of an approval document's project part, as the templates word them, and the text that follows a label in
 * the same cell ("项目名称：…"). A label is the whole cell or is followed by a colon, a bracket or a space, so that an
 * indicator named 项目资金到位率 is no 项目资金 label.
 */
enum ProjectLabel {
    PROJECT_NAME("项目名称", "项目全称", "项目支出名称", "转移支付（项目）名称", "转移支付(项目)名称", "转移支付名称", "专项资金名称", "项目（转移支付）名称"),
    FUNDS("项目资金", "资金情况", "项目资金情况", "资金投入", "项目资金申请", "资金来源"),
    BUDGET(
            "项目预算", "预算金额", "项目总预算", "预算资金", "年度预算", "项目金额", "预算数", "年度资金总额", "资金总额", "项目总金额", "本年预算", "当年预算", "年度预算数",
            "年度预算金额", "预算总额", "全年预算数", "项目预算金额"),
    FUND_DETAIL(
            "财政拨款",
            "财政资金",
            "其他资金",
            "上年结转",
            "自筹资金",
            "当年财政拨款",
            "上年结转资金",
            "其中",
            "自有资金",
            "事业收入",
            "经营性收入",
            "经营收入",
            "一般公共预算拨款",
            "政府性基金预算拨款",
            "国有资本经营预算拨款",
            "纳入财政专户管理的收入",
            "未纳入财政专户管理的收入",
            "上年结余收入",
            "中央财政资金",
            "地方资金",
            "省级资金",
            "市级资金",
            "县级资金",
            "本级资金",
            "上级资金",
            "中央资金",
            "省级财政资金",
            "市级财政资金",
            "县级财政资金",
            "一般公共预算",
            "政府性基金",
            "其他收入"),
    LONG_BUDGET("中期资金总额", "项目总投资", "总投资", "实施期资金总额"),
    PROJECT_TYPE("项目类型", "项目属性", "项目类别"),
    FUND_NATURE("资金性质"),
    BASIS("立项依据", "项目立项依据", "设立依据", "项目设立依据"),
    DEPARTMENT("主管部门", "主管部门及代码", "主管单位", "主管部门名称", "地方主管部门"),
    UNIT("预算单位", "实施单位", "单位名称", "预算单位名称", "项目单位", "项目实施单位", "申报单位", "预算单位及代码", "资金使用单位"),
    OTHER(
            "项目期",
            "项目周期",
            "实施期限",
            "项目起止时间",
            "项目负责人",
            "联系电话",
            "联系人",
            "项目概况",
            "项目编码",
            "项目代码",
            "项目实施周期",
            "实施周期",
            "评价时间",
            "填报日期",
            "填报单位",
            "项目主要内容",
            "中央主管部门",
            "主管部门编码",
            "项目负责人及电话",
            "单位职能概述",
            "项目立项情况",
            "项目实施进度计划",
            "项目实施内容",
            "项目申报的可行性",
            "项目申报的必要性",
            "填报人",
            "单位负责人"),
    GOALS("项目绩效总目标", "绩效总目标", "总体目标", "总目标", "项目绩效目标", "整体绩效目标"),
    LONG_GOAL("中期目标", "长期目标", "实施期目标", "中长期目标", "长期绩效目标", "中期绩效目标", "实施期绩效目标"),
    ANNUAL_GOAL("年度目标", "年度总体目标", "年度绩效目标", "当年目标", "年度预期目标", "预期目标");

    private static final Pattern NUMBERING = Pattern.compile("^(?:[（(]?[一二三四五六七八九十0-9]{1,2}[)）.、．]\\s*)");
    /** "其中：" before a part of the funds: the part is the label. */
    private static final Pattern OF_WHICH = Pattern.compile("^其中\\s*[：:]\\s*(?=.)");

    private static final Pattern GOAL_NUMBER = Pattern.compile("^[0-9]{0,2}(?:[（(][^（）()]{0,20}[)）])?");
    private static final Pattern LONG_TABLE = Pattern.compile("(?:中长期|长期|中期|实施期)绩效(?:目标|指标)表|^(?:中长期|长期|中期|实施期)绩效指标$");
    private static final Pattern ANNUAL_TABLE = Pattern.compile("年度绩效(?:目标表|指标表)|^年度绩效指标$");

    private static final int SPACED_MAX = 12;
    private static final int GLUED_NAME_MIN = 4;
    private static final Pattern SPACED = Pattern.compile("[\\s\u3000]+");

    private final List<String> words;

    ProjectLabel(String... words) {
        this.words = List.of(words);
    }

    /** The label's words, as the templates write them. */
    List<String> words() {
        return words;
    }

    /** A label found at the start of a cell, and what follows it there. */
    record Found(ProjectLabel label, String rest) {}

    /** One word of a label. */
    private record Word(ProjectLabel label, String word) {}

    /**
     * The words of all labels by their first character, each list in the order of the labels and their words (the
     * first of two words of the same length wins): a cell starting with another character is no label (most are
     * not), and one starting with 项 is compared with the words starting with 项 alone.
     */
    private static final Map<Character, List<Word>> BY_FIRST = Arrays.stream(values())
            .flatMap(l -> l.words.stream().map(w -> new Word(l, w)))
            .collect(Collectors.groupingBy(w -> w.word().charAt(0), Collectors.toList()));

    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[：:\\s]+");

    /** Whether a text holds what {@link #SPACED} finds, without a matcher: most cells hold no space. */
    private static boolean spaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** The label a cell starts with, or null. */
    static @Nullable Found of(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= SPACED_MAX && spaced(text)) {
            // a label cell wrapped or spaced out in the document ("项目 名称", "年度本级 预算金额")
            Found joined = of(SPACED.matcher(text).replaceAll(""));
            if (joined != null && joined.rest().isEmpty()) {
                return joined;
            }
        }
        char first = text.charAt(0);
        if (first == '（'
                || first == '('
                || first == '其'
                || Character.isDigit(first)
                || "一二三四五六七八九十".indexOf(first) >= 0) {
            text = OF_WHICH.matcher(NUMBERING.matcher(text).replaceFirst("")).replaceFirst("");
        }
        if (text.isEmpty()) {
            return null;
        }
        List<Word> candidates = BY_FIRST.get(text.charAt(0));
        if (candidates == null) {
            return null;
        }
        Found best = null;
        int longest = 0;
        for (Word candidate : candidates) {
            ProjectLabel label = candidate.label();
            String word = candidate.word();
            if (text.startsWith(word) && word.length() > longest) {
                String rest = text.substring(word.length());
                if (label == LONG_GOAL || label == ANNUAL_GOAL) {
                    Matcher number = GOAL_NUMBER.matcher(rest);
                    rest = number.lookingAt() ? rest.substring(number.end()) : rest;
                }
                if (rest.isEmpty() || separated(rest) || glued(label, rest)) {
                    best = new Found(
                            label,
                            LEADING_SEPARATORS.matcher(rest).replaceFirst("").strip());
                    longest = word.length();
                }
            }
        }
        return best;
    }

    /**
     * A project name run together with its label ("项目名称农村义务教育薄弱学校改造补助资金", as a web page or a PDF without
     * separators gives it): a name label followed by a name, not by more label ("项目名称及编码").
     */
    private static boolean glued(ProjectLabel label, String rest) {
        return label == PROJECT_NAME && rest.length() >= GLUED_NAME_MIN && "及和与、/".indexOf(rest.charAt(0)) < 0;
    }

    private static boolean separated(String rest) {
        char c = rest.charAt(0);
        return c == '：' || c == ':' || c == '（' || c == '(' || Character.isWhitespace(c) || c == '\u3000';
    }

    /** Whether a cell is the title of a long-term (中期/长期) indicator table. */
    static boolean longTermTable(String cell) {
        // every form of the title holds 绩效: a cheap test before the pattern
        return cell.contains("绩效") && LONG_TABLE.matcher(cell).find() && !cell.contains("年度");
    }

    /** The table a cell is the title of (long-term, else annual), or null. */
    static @Nullable GoalTable tableTitled(String cell) {
        return longTermTable(cell) ? GoalTable.LONG_TERM : annualTable(cell) ? GoalTable.ANNUAL : null;
    }

    /** Whether a cell is the title of an annual indicator table. */
    static boolean annualTable(String cell) {
        return cell.contains("绩效") && ANNUAL_TABLE.matcher(cell).find();
    }
}
