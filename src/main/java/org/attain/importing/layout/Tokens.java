package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attain.importing.read.Cell;
import org.attain.targets.TargetParser;

/**
 * A line whose cells are separated by single spaces ("项目完成指标 数量指标 培训人数 ≥200人"), or a whole table flattened
 * into one paragraph by OCR or copy-paste, split into cells: at spaces, and inside a run without spaces before and
 * after the names of the levels and the basis, and before a target that starts with a comparator. A number at the
 * end of a name stays in it ("…达标率100%" before "≥98%"), unless no target follows: then it is the target.
 */
final class Tokens {

    private static final Pattern SPACES = Pattern.compile("[ \u3000\u00a0]+");
    /** A space that does not split: it holds a comparator to its number and a number to its unit. */
    private static final char HELD = '\u2060';
    /** "≥ 574人" is one target, "574 人" too. */
    private static final Pattern SPACED_COMPARATOR =
            Pattern.compile("(≥|≤|≧|≦|>=|<=|＞|＜|>|<|=|＝)([ \u3000\u00a0]+)(?=[0-9０-９])");

    private static final Pattern SPACED_NUMBER = Pattern.compile(
            "([0-9０-９])([ \u3000\u00a0]+)(?=(?:%|％|‰|万元|元|人次|人|个|次|场|天|户|家|项|件|名)(?:[ \u3000\u00a0]|$))");
    private static final Pattern WORDS = Pattern.compile(Stream.of(
                    Vocabulary.SUBCATEGORIES.keySet().stream(),
                    Stream.of(
                            "项目完成指标", "项目效益指标", "产出指标", "效益指标", "满意度指标", "一级指标", "二级指标", "三级指标", "指标值确定依据", "指标值",
                            "计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准", "计划值"))
            .flatMap(s -> s)
            .distinct()
            .sorted(Comparator.comparing(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|")));
    private static final Pattern COMPARED = Pattern.compile(
            "(?:≥|≤|≧|≦|>=|<=|＞=|＜=|＞|＜|>|<|=|＝|大于等于|小于等于|不低于|不高于|不少于|不超过|不多于|大于|小于|高于|低于)[\\s\u2060]*[0-9０-９]");
    private static final Pattern TRAILING_AMOUNT = Pattern.compile(
            "(?<=[^0-9０-９.．,，])([0-9０-９][0-9０-９.．,，]*\\s*(?:%|％|‰|[人次个万元亿户家项件场天名批份篇所座处台套期月年]{1,3}(?:/[人次个户年天]{1,2})?))$");

    private Tokens() {}

    /** Whether a text holds at least {@code n} names of levels, headers or bases: a table written as one line. */
    static boolean holdsWords(String text, int n) {
        Matcher m = WORDS.matcher(text);
        int found = 0;
        while (m.find()) {
            if (++found >= n) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text starts with the name of a level, a header or a basis ("质量指标校舍维修改造质量合格率100%"). */
    static boolean startsWithWord(String text) {
        return WORDS.matcher(text).lookingAt();
    }

    /** A short bracket with spaces inside, such as the placeholder "( ≥**% )": one piece. */
    private static final Pattern SPACED_BRACKET = Pattern.compile("[（(][^（）()]{0,12}[)）]");

    static List<Cell> split(Cell cell) {
        List<String> pieces = new ArrayList<>();
        // the spaces inside "≥ 574 人" are kept, but hold the target together while the line is split
        String text = held(held(bracketsHeld(cell.text().strip()), SPACED_COMPARATOR), SPACED_NUMBER);
        for (String chunk : SPACES.split(text)) {
            if (!chunk.isEmpty()) {
                glued(chunk).forEach(piece -> pieces.add(piece.replace(HELD, ' ')));
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            boolean targetFollows = i + 1 < pieces.size() && TargetParser.looksLikeTarget(pieces.get(i + 1));
            Matcher amount = TRAILING_AMOUNT.matcher(piece);
            if (!targetFollows
                    && !TargetParser.looksLikeTarget(piece)
                    && amount.find()
                    && !WORDS.matcher(piece).matches()) {
                result.add(piece.substring(0, amount.start()));
                result.add(amount.group(1));
            } else if (i == pieces.size() - 1 && i > 0 && qualitativeEnd(piece) > 0) {
                // a name run together with its qualitative target at the end of the line: "…均衡发展情况稳步提高"
                result.add(piece.substring(0, qualitativeEnd(piece)));
                result.add(piece.substring(qualitativeEnd(piece)));
            } else {
                result.add(piece);
            }
        }
        return result.stream()
                .filter(s -> !s.isBlank())
                .map(s -> Cell.free(s, s, cell.where()))
                .toList();
    }

    /**
     * Where a known qualitative target of four characters or more ends a longer run without a target of its own, or
     * -1: the name before it keeps at least four characters.
     */
    private static int qualitativeEnd(String piece) {
        if (TargetParser.looksLikeTarget(piece) || WORDS.matcher(piece).matches()) {
            return -1;
        }
        for (int length = Math.min(6, piece.length() - 4); length >= 4; length--) {
            if (TargetParser.isKnownQualitative(piece.substring(piece.length() - length))) {
                return piece.length() - length;
            }
        }
        return -1;
    }

    private static String bracketsHeld(String text) {
        return SPACED_BRACKET
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group().replace(' ', HELD)));
    }

    private static String held(String text, Pattern spaced) {
        return spaced.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        m.group(1) + String.valueOf(HELD).repeat(m.group(2).length())));
    }

    /**
     * A line of labels and their values separated by spaces ("主管部门 某县卫生健康局 实施单位 某县卫生健康局"): each label
     * starts a cell, the words up to the next label are its value (spaces inside a value kept).
     */
    static List<Cell> labelled(Cell cell) {
        List<String> cells = new ArrayList<>();
        StringBuilder value = null;
        for (String token : SPACES.split(cell.text().strip())) {
            if (token.isEmpty()) {
                continue;
            }
            if (ProjectLabel.of(token) != null) {
                if (value != null) {
                    cells.add(value.toString());
                }
                cells.add(token);
                value = null;
            } else if (value == null) {
                value = new StringBuilder(token);
            } else {
                value.append(' ').append(token);
            }
        }
        if (value != null) {
            cells.add(value.toString());
        }
        return cells.stream().map(s -> Cell.free(s, s, cell.where())).toList();
    }

    private static final Pattern LEVEL_WEIGHT = Pattern.compile("[（(][0-9]{1,3}(?:\\.[0-9]+)?分[)）]");

    /** A run without spaces cut before and after level names and before compared targets. */
    private static List<String> glued(String chunk) {
        List<Integer> cuts = new ArrayList<>();
        Matcher words = WORDS.matcher(chunk);
        while (words.find()) {
            cuts.add(words.start());
            // a 一级 level keeps the weight written after it: "产出指标(50分)"
            Matcher weight = LEVEL_WEIGHT.matcher(chunk).region(words.end(), chunk.length());
            cuts.add(weight.lookingAt() ? weight.end() : words.end());
        }
        Matcher compared = COMPARED.matcher(chunk);
        while (compared.find()) {
            cuts.add(compared.start());
            int end = targetEnd(chunk, compared.end() - 1);
            cuts.add(end);
        }
        cuts.sort(Integer::compare);
        List<String> pieces = new ArrayList<>();
        int last = 0;
        for (int cut : cuts) {
            if (cut > last && cut <= chunk.length()) {
                pieces.add(chunk.substring(last, cut));
                last = cut;
            }
        }
        if (last < chunk.length()) {
            pieces.add(chunk.substring(last));
        }
        return pieces;
    }

    /** Where a target that starts at a number ends: after the number and a short unit. */
    private static int targetEnd(String s, int digit) {
        int i = digit;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || ".．,，".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        // the longest unit that follows (平方米 is one, though 平 alone is none)
        for (int end = Math.min(s.length(), i + 8); end > i; end--) {
            if (TargetParser.looksLikeTarget("1" + s.substring(i, end))) {
                return end;
            }
        }
        return i;
    }
}
