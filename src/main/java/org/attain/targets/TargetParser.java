package org.attain.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a target as written in an approval document ({@code ≥574人}, {@code > 95%}, {@code ≤52万元},
 * {@code 900元/人}, {@code 及时}). Pure Java; never throws: an unknown form becomes a qualitative target with a
 * warning.
 */
public final class TargetParser {

    public static final String COST_SUBCATEGORY = "成本指标";

    /** Qualitative expectations seen in approval documents; a target equal to one of these is recognised as such. */
    public static final Set<String> QUALITATIVE_WORDS = Set.of(
            "及时", "准时", "按时", "符合", "符合文件规定", "符合规定", "符合要求", "符合标准", "提升", "提高", "逐步提高",
            "持续提升", "有所提升", "明显提升", "改善", "明显改善", "显著改善", "有效改善", "推动", "促进", "效果明显",
            "显著", "明显", "营造良好氛围", "达标", "合格", "完成", "按期完成", "良好", "有效", "优良", "满意", "规范",
            "安全", "稳定", "增强", "加强", "长期", "持续", "无", "零");

    private static final List<String[]> WORD_COMPARATORS = List.of(
            new String[] {"大于等于", ">="}, new String[] {"不低于", ">="}, new String[] {"不少于", ">="},
            new String[] {"至少", ">="}, new String[] {"小于等于", "<="}, new String[] {"不高于", "<="},
            new String[] {"不超过", "<="}, new String[] {"不多于", "<="}, new String[] {"大于", ">"},
            new String[] {"高于", ">"}, new String[] {"超过", ">"}, new String[] {"小于", "<"},
            new String[] {"低于", "<"}, new String[] {"等于", "="});

    /**
     * Comparator, the number as a whole, then a unit that does not continue the number: {@code 1.5.3人},
     * {@code 1e309人} or {@code 1,2人} are no numbers followed by a unit but forms this parser does not know.
     */
    private static final Pattern QUANTITATIVE =
            Pattern.compile("^(>=|<=|>|<|=)?([0-9]+(?:\\.[0-9]+)?)((?![.,][0-9])(?![eE][+-]?[0-9])[^0-9].*)?$");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=[0-9]),(?=[0-9]{3})");
    private static final Pattern UNIT = Pattern.compile(
            "[人次%‰元万亿千百个场天户家项件期名批份篇所座处台套班月年周日小时分钟秒公里平方米吨亩辆床张册本/*·²㎡]+(以上|以下|以内)?");
    private static final Set<String> COUNT_OR_RATE_UNITS = Set.of("人", "人次", "%", "次", "个", "场", "天", "户", "家",
            "项", "件", "期", "名", "批", "份", "篇", "所", "座", "处", "台", "套", "万人次", "班");

    private TargetParser() {
    }

    /** Parses a target; the subcategory decides the meaning of a bare amount (a ceiling under 成本指标). */
    public static Target parse(String text, @Nullable String subcategory) {
        String written = text == null ? "" : text.strip();
        String normalised = normalise(written);
        if (normalised.isEmpty()) {
            return qualitative(written, "指标值为空 / the target is empty");
        }
        boolean cost = COST_SUBCATEGORY.equals(subcategory);
        Matcher m = QUANTITATIVE.matcher(normalised);
        if (m.matches()) {
            String unit = m.group(3) == null ? null : m.group(3);
            Comparator comparator = m.group(1) == null ? null : Comparator.fromAscii(m.group(1));
            Comparator suffix = suffixComparator(unit);
            if (suffix != null) {
                unit = stripSuffix(unit);
                comparator = comparator == null ? suffix : comparator;
            }
            boolean explicit = comparator != null;
            if (comparator == null) {
                comparator = impliedComparator(unit, cost);
            }
            BigDecimal value = new BigDecimal(m.group(2));
            Direction direction = cost || comparator.lowerIsBetter() ? Direction.LOWER_IS_BETTER
                    : comparator == Comparator.EQ ? Direction.EQUAL : Direction.HIGHER_IS_BETTER;
            return new Target(written, comparator, value, unit == null || unit.isEmpty() ? null : unit, direction,
                    explicit, null);
        }
        if (isKnownQualitative(normalised)) {
            return qualitative(written, null);
        }
        return qualitative(written, "未识别的指标值形式，按定性指标处理 / unrecognised target form, kept as qualitative");
    }

    /** Whether a cell looks like a target: a number with an optional comparator and unit, or a known expectation. */
    public static boolean looksLikeTarget(String text) {
        String n = normalise(text == null ? "" : text);
        if (n.isEmpty() || n.length() > 24) {
            return false;
        }
        Matcher m = QUANTITATIVE.matcher(n);
        if (m.matches()) {
            String unit = m.group(3);
            return unit == null || unit.length() <= 8 && UNIT.matcher(unit).matches();
        }
        return isKnownQualitative(n);
    }

    public static boolean isKnownQualitative(String text) {
        return QUALITATIVE_WORDS.contains(normalise(text));
    }

    /** Full-width to half-width, word comparators to symbols, spaces removed. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '≥', '≧', '⩾' -> sb.append(">=");
                case '≤', '≦', '⩽' -> sb.append("<=");
                case '＞' -> sb.append('>');
                case '＜' -> sb.append('<');
                case '＝' -> sb.append('=');
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
        String s = sb.toString().replace(">==", ">=").replace("<==", "<=");
        // thousands separators inside numbers: 2,000人
        s = THOUSANDS.matcher(s).replaceAll("");
        for (String[] word : WORD_COMPARATORS) {
            if (s.startsWith(word[0]) && s.length() > word[0].length()
                    && Character.isDigit(s.charAt(word[0].length()))) {
                return word[1] + s.substring(word[0].length());
            }
        }
        return s;
    }

    private static @Nullable Comparator suffixComparator(@Nullable String unit) {
        if (unit == null) {
            return null;
        }
        if (unit.endsWith("以上")) {
            return Comparator.GE;
        }
        if (unit.endsWith("以下") || unit.endsWith("以内")) {
            return Comparator.LE;
        }
        return null;
    }

    private static String stripSuffix(String unit) {
        return unit.substring(0, unit.length() - 2);
    }

    private static Comparator impliedComparator(@Nullable String unit, boolean cost) {
        if (cost) {
            return Comparator.LE;
        }
        if (unit == null || COUNT_OR_RATE_UNITS.contains(unit)) {
            return Comparator.GE;
        }
        return Comparator.EQ;
    }

    private static Target qualitative(String written, @Nullable String warning) {
        return new Target(written, null, null, null, Direction.QUALITATIVE, false, warning);
    }
}
