package org.attain.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a target as written in an approval document ({@code ≥574人}, {@code > 95%}, {@code ≤52万元},
 * {@code 900元/人}, {@code 及时}, {@code 12月底前}). Pure Java; never throws: an unknown form becomes a qualitative
 * target with a warning, and so does a reading that had to be corrected (an OCR {@code 2} for {@code ≥}).
 */
public final class TargetParser {

    public static final String COST_SUBCATEGORY = "成本指标";

    /** Qualitative expectations seen in approval documents; a target equal to one of these is recognised as such. */
    public static final Set<String> QUALITATIVE_WORDS = Set.of(
            "及时", "准时", "按时", "符合", "符合文件规定", "符合规定", "符合要求", "符合标准", "提升", "提高", "逐步提高", "持续提升", "有所提升", "明显提升", "改善",
            "明显改善", "显著改善", "有效改善", "推动", "促进", "效果明显", "显著", "明显", "营造良好氛围", "达标", "合格", "完成", "按期完成", "良好", "有效",
            "优良", "满意", "规范", "安全", "稳定", "增强", "加强", "长期", "持续", "无", "零", "是", "否", "全部完成", "按时完成", "及时完成", "全覆盖",
            "逐步改善", "有效提升", "有所提高", "明显提高", "显著提升", "不断提高", "持续改善", "长期有效", "较好", "好", "高", "优", "达到预期", "有效保障", "得到保障",
            "保障", "有所改善", "逐步提升", "大幅提升", "按计划完成", "按要求完成", "符合相关规定", "符合国家标准", "符合行业标准", "达到标准", "无重大事故", "未发生", "≥上年",
            "不低于上年", "高于上年", "持续发挥", "长期发挥作用", "正常运转", "正常运行", "保持稳定", "基本满意", "稳步提高", "稳步提升");

    /**
     * Comparator, the number as a whole, then a unit that does not continue the number: {@code 1.5.3人},
     * {@code 1e309人} or {@code 1,2人} are no numbers followed by a unit but forms this parser does not know.
     */
    private static final Pattern QUANTITATIVE =
            Pattern.compile("^(>=|<=|>|<|=)?([0-9]+(?:\\.[0-9]+)?)((?![.,][0-9])(?![eE][+-]?[0-9])[^0-9].*)?$");

    private static final Pattern THOUSANDS = Pattern.compile("(?<=[0-9]),(?=[0-9]{3})");
    private static final Pattern NOTE = Pattern.compile("[（(][^（）()]{1,40}[)）]$");
    /** A date or a period a target is due by: 12月底前, 2021年底前, 年内, 第三季度, 6月30日前完成. */
    private static final Pattern DUE = Pattern.compile("^(?=.*[年月季])(?:(?:19|20)[0-9]{2}年)?"
            + "(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?|年底|年内|年末|年中|上半年|下半年|当年|本年度?|第[一二三四1-4]季度|底|末)?"
            + "(?:底|末|中|初|前|之前|以前|内|以内){0,2}(?:完成|前完成|全部完成|完成率100%)?$");

    private static final Pattern SENTENCE = Pattern.compile("[，。；;、！？!?：:]|[0-9]");
    private static final Pattern OCR_TWO = Pattern.compile("2((?:[1-9][0-9]?|100)(?:\\.[0-9]+)?)");
    private static final Map<String, Comparator> SUFFIXES = Map.of(
            "及以上",
            Comparator.GE,
            "以上",
            Comparator.GE,
            "及以下",
            Comparator.LE,
            "以下",
            Comparator.LE,
            "以内",
            Comparator.LE,
            "之内",
            Comparator.LE,
            "内",
            Comparator.LE);
    private static final List<String> SUFFIX_ORDER = List.of("及以上", "及以下", "以上", "以下", "以内", "之内", "内");

    private static final String DATE = "(?:(?:19|20)[0-9]{2}[年./-])?[0-9]{1,2}(?:[月./][0-9]{0,2}日?)?";
    /** A period a target covers: 2021年1月-12月, 2023.07-2024.01, 2020年1月--2020年11月 (qualitative). */
    private static final Pattern PERIOD = Pattern.compile("^" + DATE + "[-—–~至到]{1,2}" + DATE + "(?:底|末|前)?$");

    private static final Pattern PLUS_MINUS_WITHIN = Pattern.compile("^[±+-][0-9].*(?:以内|之内|内)$");

    private TargetParser() {}

    /** Parses a target; the subcategory decides the meaning of a bare amount (a ceiling under a cost subcategory). */
    public static Target parse(String text, @Nullable String subcategory) {
        String written = text == null ? "" : text.strip();
        String normalised = withoutNote(normalise(written));
        if (normalised.isEmpty()) {
            return qualitative(written, "target.warn.empty");
        }
        if (DUE.matcher(normalised).matches() || PERIOD.matcher(normalised).matches()) {
            return qualitative(written, null);
        }
        boolean cost = isCost(subcategory);
        if (PLUS_MINUS_WITHIN.matcher(normalised).matches()) {
            // "±3%以内": a deviation of at most 3%
            normalised = normalised.substring(1);
        }
        Matcher m = QUANTITATIVE.matcher(normalised);
        if (m.matches()) {
            Target quantitative = quantitative(written, m, cost);
            if (quantitative != null) {
                return quantitative;
            }
        }
        if (isKnownQualitative(normalised)) {
            return qualitative(written, null);
        }
        Target worded = WordedTargets.of(written, normalised, cost);
        return worded != null ? worded : qualitative(written, "target.warn.unknownForm", written);
    }

    private static @Nullable Target quantitative(String written, Matcher m, boolean cost) {
        String unit = m.group(3);
        Comparator comparator = m.group(1) == null ? null : Comparator.fromAscii(m.group(1));
        if (unit != null) {
            for (String suffix : SUFFIX_ORDER) {
                if (unit.endsWith(suffix)) {
                    unit = unit.substring(0, unit.length() - suffix.length());
                    comparator = comparator == null ? SUFFIXES.get(suffix) : comparator;
                    break;
                }
            }
            if (unit.isEmpty()) {
                unit = null;
            } else if (unit.length() > Target.UNIT_MAX || SENTENCE.matcher(unit).find()) {
                // no unit but words: the number is part of a sentence, not a target
                return null;
            }
        }
        BigDecimal value = new BigDecimal(m.group(2));
        String warning = null;
        List<Object> args = List.of();
        String shown = written;
        Matcher ocr = OCR_TWO.matcher(m.group(2));
        if (comparator == null && "%".equals(unit) && ocr.matches()) {
            // "≥92%" read by OCR as "292%": a target above 100% that starts with 2 is taken as ≥, and said so
            value = new BigDecimal(ocr.group(1));
            comparator = Comparator.GE;
            shown = "≥" + ocr.group(1) + "%";
            warning = "target.warn.ocrComparator";
            args = List.of(written, shown);
        }
        boolean explicit = comparator != null;
        if (comparator == null) {
            // a bare 0 or 0% (an 争议率, an 事故率) is a ceiling: "at least nothing" would always be met
            comparator = value.signum() == 0 ? Comparator.LE : Units.impliedComparator(unit, cost);
        }
        Direction direction = cost || comparator.lowerIsBetter()
                ? Direction.LOWER_IS_BETTER
                : comparator == Comparator.EQ ? Direction.EQUAL : Direction.HIGHER_IS_BETTER;
        return new Target(shown, comparator, value, unit, direction, explicit, warning, args);
    }

    /** Whether a cell looks like a target: a number with an optional comparator and unit, or a known expectation. */
    public static boolean looksLikeTarget(String text) {
        String n = withoutNote(normalise(text == null ? "" : text));
        if (n.isEmpty() || n.length() > 24) {
            return false;
        }
        if (!mayBeDueOrNumber(n)) {
            // most cells of a document (names, levels, sentences): no pattern below can match them
            return isKnownQualitative(n);
        }
        if (DUE.matcher(n).matches() || PERIOD.matcher(n).matches()) {
            return true;
        }
        Matcher m = QUANTITATIVE.matcher(n);
        if (m.matches()) {
            String unit = m.group(3);
            return unit == null || unit.length() <= 10 && Units.isUnit(stripSuffix(unit));
        }
        return isKnownQualitative(n);
    }

    /**
     * Whether a normalised text may be a due date, a period or a number ({@link #DUE}, {@link #PERIOD},
     * {@link #QUANTITATIVE}): each needs a digit or one of 年, 月, 季. A cheap test before the patterns.
     */
    private static boolean mayBeDueOrNumber(String normalised) {
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c >= '0' && c <= '9' || c == '年' || c == '月' || c == '季') {
                return true;
            }
        }
        return false;
    }

    public static boolean isKnownQualitative(String text) {
        return QUALITATIVE_WORDS.contains(normalise(text));
    }

    /** Whether a subcategory is about cost (成本指标, or 经济/社会/生态环境成本指标 since 财预〔2021〕101号). */
    public static boolean isCost(@Nullable String subcategory) {
        return subcategory != null && subcategory.contains("成本");
    }

    /** The comparator a cell holds or starts with ({@code ≥}, {@code 大于等于}, {@code ≥95%}), or null. */
    public static @Nullable Comparator comparatorOf(String text) {
        return text == null ? null : Comparators.leading(normalise(text));
    }

    /** Full-width to half-width, word comparators to symbols, spaces removed. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String symbol = Comparators.symbol(c);
            if (symbol != null) {
                sb.append(symbol);
                continue;
            }
            switch (c) {
                case '％' -> sb.append('%');
                case '．' -> sb.append('.');
                case '／' -> sb.append('/');
                case '＊', '×' -> sb.append('*');
                case '，' -> sb.append(',');
                default -> {
                    if (c >= '０' && c <= '９') {
                        sb.append((char) ('0' + (c - '０')));
                    } else if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                        sb.append(c);
                    }
                }
            }
        }
        String s = sb.toString()
                .replace(">==", ">=")
                .replace("<==", "<=")
                .replace("=>", ">=")
                .replace("=<", "<=");
        // thousands separators inside numbers: 2,000人
        if (s.indexOf(',') >= 0) {
            s = THOUSANDS.matcher(s).replaceAll("");
        }
        if (s.isEmpty() || Comparators.WORD_FIRSTS.indexOf(s.charAt(0)) < 0) {
            return s; // no comparator word starts it
        }
        for (Map.Entry<String, String> word : Comparators.WORDS) {
            if (s.startsWith(word.getKey())
                    && s.length() > word.getKey().length()
                    && Character.isDigit(s.charAt(word.getKey().length()))) {
                return word.getValue() + s.substring(word.getKey().length());
            }
        }
        return s;
    }

    /** A note in brackets after a target ("≥95%（抽样调查）") is kept in the text and not read as its unit. */
    private static String withoutNote(String normalised) {
        if (normalised.indexOf(')') < 0 && normalised.indexOf('）') < 0) {
            return normalised; // no note without a closing bracket
        }
        Matcher m = NOTE.matcher(normalised);
        return m.find() && m.start() > 0 ? normalised.substring(0, m.start()) : normalised;
    }

    private static String stripSuffix(String unit) {
        for (String suffix : SUFFIX_ORDER) {
            if (unit.endsWith(suffix)) {
                return unit.substring(0, unit.length() - suffix.length());
            }
        }
        return unit;
    }

    private static Target qualitative(String written, @Nullable String warning, Object... args) {
        return new Target(written, null, null, null, Direction.QUALITATIVE, false, warning, List.of(args));
    }
}
