package org.attain.importing.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * The indicators of one 二级 block of a table flattened into one run of text ("安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50
 * 厘米≥50厘米10"): each indicator is a name followed by the cells its header names after the name column (分值, 指标值,
 * 实际值, 得分, 完成率, 绩效标准), glued. Every way to cut the run is tried; a cut where the target and the actual
 * read the same (as they do when a target was met) is preferred. Numbers whose digits touch ("20100%": 分值 20, target
 * 100%) are cut too, and said so.
 */
final class FlatRows {

    /** The cells after an indicator's name, in the order of the header. */
    enum Col {
        WEIGHT,
        VALUE,
        ACTUAL,
        SCORE,
        RATE,
        EXPLANATION
    }

    /** An indicator read out of the run: its name, its target, and the cut numbers worth a warning (or null). */
    record Parsed(String name, String target, @Nullable String glued) {}

    private static final Pattern COMPARATOR = Pattern.compile("(?:>=|<=|≥|≤|≧|≦|＞=|＜=|>|<|＞|＜|=|＝)");
    private static final Pattern PLAIN = Pattern.compile("(?:0|[1-9][0-9]{0,2})(?:\\.[0-9]{1,2})?");
    private static final int UNIT_MAX = 4;
    private static final int NAME_MIN = 2;
    private static final int STEPS_MAX = 200_000;

    private record Piece(int end, List<String> cells, int score, boolean glued) {}

    private record Best(List<Parsed> rows, int score) {}

    private final String s;
    private final List<Col> cols;
    private final Map<Integer, @Nullable Best> memo = new HashMap<>();
    private int steps;

    private FlatRows(String s, List<Col> cols) {
        this.s = s;
        this.cols = cols;
    }

    /** The indicators of a run, or null when it cannot be cut into names and the header's cells. */
    static @Nullable List<Parsed> of(String run, List<Col> cols) {
        if (run.isEmpty() || !cols.contains(Col.VALUE)) {
            return null;
        }
        Best best = new FlatRows(run, cols).from(0);
        return best == null ? null : best.rows();
    }

    private @Nullable Best from(int pos) {
        if (pos == s.length()) {
            return new Best(List.of(), 0);
        }
        if (memo.containsKey(pos)) {
            return memo.get(pos);
        }
        memo.put(pos, null);
        Best best = null;
        if (pos == 0 || !Character.isDigit(s.charAt(pos))) {
            for (int nameEnd = pos + NAME_MIN; nameEnd < s.length() && steps < STEPS_MAX; nameEnd++) {
                String name = s.substring(pos, nameEnd);
                if (!validName(name)) {
                    continue;
                }
                for (Piece piece : cells(nameEnd, 0, null)) {
                    Best rest = from(piece.end());
                    if (rest == null) {
                        continue;
                    }
                    int score = piece.score() + rest.score();
                    if (best == null || score > best.score()) {
                        List<Parsed> rows = new ArrayList<>();
                        rows.add(parsed(name, piece));
                        rows.addAll(rest.rows());
                        best = new Best(rows, score);
                    }
                }
            }
        }
        memo.put(pos, best);
        return best;
    }

    private Parsed parsed(String name, Piece piece) {
        String target = piece.cells().get(cols.indexOf(Col.VALUE));
        String glued = piece.glued() ? String.join(" ", piece.cells()) : null;
        return new Parsed(name, target, glued);
    }

    private static boolean validName(String name) {
        char last = name.charAt(name.length() - 1);
        return name.codePoints().anyMatch(Character::isIdeographic)
                && "%‰.、".indexOf(name.charAt(0)) < 0
                && !Character.isDigit(last)
                && last != '.'
                && last != '%'
                && !COMPARATOR.matcher(String.valueOf(last)).matches();
    }

    /** The ways to read the header's cells from column {@code k} on, starting at {@code p}. */
    private List<Piece> cells(int p, int k, @Nullable Col previous) {
        steps++;
        if (k == cols.size()) {
            return p == s.length() || !Character.isDigit(s.charAt(p))
                    ? List.of(new Piece(p, List.of(), 0, false))
                    : List.of();
        }
        if (steps > STEPS_MAX) {
            return List.of();
        }
        Col col = cols.get(k);
        List<Piece> out = new ArrayList<>();
        if (col == Col.VALUE && previous == Col.WEIGHT && k + 1 < cols.size() && cols.get(k + 1) == Col.ACTUAL) {
            qualitative(p, k, out);
        }
        for (int[] token : tokens(col, p)) {
            int end = token[0];
            boolean glued =
                    end < s.length() && Character.isDigit(s.charAt(end - 1)) && Character.isDigit(s.charAt(end));
            for (Piece rest : cells(end, k + 1, col)) {
                List<String> list = new ArrayList<>();
                list.add(s.substring(p, end));
                list.addAll(rest.cells());
                out.add(new Piece(rest.end(), list, rest.score(), glued || rest.glued()));
            }
        }
        return out.stream().map(this::scored).toList();
    }

    /** A piece scored: a target equal to its actual, and a weight equal to its score, are likelier cuts. */
    private Piece scored(Piece piece) {
        if (piece.cells().size() != cols.size()) {
            return piece;
        }
        int score = 0;
        int value = cols.indexOf(Col.VALUE);
        int actual = cols.indexOf(Col.ACTUAL);
        int weight = cols.indexOf(Col.WEIGHT);
        int given = cols.indexOf(Col.SCORE);
        if (actual >= 0 && piece.cells().get(value).equals(piece.cells().get(actual))) {
            score += 3;
        }
        if (weight >= 0
                && given >= 0
                && piece.cells().get(weight).equals(piece.cells().get(given))) {
            score += 1;
        }
        for (int k = 0; k < cols.size(); k++) {
            String cell = piece.cells().get(k);
            if ((cols.get(k) == Col.VALUE || cols.get(k) == Col.ACTUAL)
                    && !cell.isEmpty()
                    && !Character.isDigit(cell.charAt(cell.length() - 1))) {
                // a unit read with its amount rather than left to start the next name
                score += 1;
            }
        }
        return new Piece(piece.end(), piece.cells(), score, piece.glued());
    }

    /** A target and an actual in words after a weight ("10显著提升显著提升10"): the words cut in two. */
    private void qualitative(int p, int k, List<Piece> out) {
        int q = p;
        while (q < s.length()
                && !Character.isDigit(s.charAt(q))
                && !COMPARATOR.matcher(String.valueOf(s.charAt(q))).matches()) {
            q++;
        }
        String words = s.substring(p, q);
        if (words.length() < 2 || !words.codePoints().allMatch(Character::isIdeographic)) {
            return;
        }
        String target = words;
        String actual = "";
        int half = words.length() / 2;
        if (words.length() % 2 == 0 && words.substring(0, half).equals(words.substring(half))) {
            target = words.substring(0, half);
            actual = target;
        } else {
            for (String achieved : List.of("达成预期指标", "达成预期目标", "达成年度指标", "达到预期", "已完成")) {
                if (words.endsWith(achieved) && words.length() > achieved.length()) {
                    target = words.substring(0, words.length() - achieved.length());
                    actual = achieved;
                }
            }
        }
        for (Piece rest : cells(q, k + 2, Col.ACTUAL)) {
            List<String> list = new ArrayList<>();
            list.add(target);
            list.add(actual);
            list.addAll(rest.cells());
            out.add(new Piece(rest.end(), list, rest.score(), rest.glued()));
        }
    }

    /** Where a cell of the column may end, when it starts at {@code p}. */
    private List<int[]> tokens(Col col, int p) {
        List<int[]> ends = new ArrayList<>();
        if (p >= s.length()) {
            return ends;
        }
        switch (col) {
            case WEIGHT, SCORE -> {
                for (int end = p + 1; end <= Math.min(s.length(), p + 6); end++) {
                    if (PLAIN.matcher(s.substring(p, end)).matches()
                            && new BigDecimal(s.substring(p, end)).intValue() <= 100) {
                        ends.add(new int[] {end});
                    }
                }
            }
            case RATE -> {
                int d = digits(p);
                for (int end = p + 1; end <= d; end++) {
                    if (end < s.length() && s.charAt(end) == '%' && number(s.substring(p, end))) {
                        ends.add(new int[] {end + 1});
                    }
                }
            }
            case VALUE, ACTUAL -> amounts(p, ends);
            case EXPLANATION -> {
                if (!s.startsWith("反映", p)) {
                    ends.add(new int[] {p});
                    break;
                }
                for (int end = p + 2; end < s.length(); end++) {
                    char c = s.charAt(end);
                    if (Character.isDigit(c)
                            || COMPARATOR.matcher(String.valueOf(c)).matches()) {
                        ends.add(new int[] {end});
                    }
                }
            }
        }
        return ends;
    }

    /** An amount with its comparator and unit: "≥266米", "100%", "2280次", "6". */
    private void amounts(int p, List<int[]> ends) {
        Matcher c = COMPARATOR.matcher(s).region(p, s.length());
        int start = c.lookingAt() ? c.end() : p;
        int d = digits(start);
        for (int numberEnd = start + 1; numberEnd <= d; numberEnd++) {
            if (!number(s.substring(start, numberEnd))) {
                continue;
            }
            if (numberEnd == d || s.charAt(numberEnd) != '.') {
                ends.add(new int[] {numberEnd});
            }
            if (numberEnd < d) {
                continue;
            }
            for (int end = numberEnd + 1; end <= Math.min(s.length(), numberEnd + UNIT_MAX); end++) {
                String unit = s.substring(numberEnd, end);
                if (unit.chars()
                        .anyMatch(ch -> Character.isDigit(ch)
                                || COMPARATOR.matcher(String.valueOf((char) ch)).matches())) {
                    break;
                }
                if (TargetParser.looksLikeTarget("1" + unit) && !TargetParser.isKnownQualitative("1" + unit)) {
                    ends.add(new int[] {end});
                }
            }
        }
    }

    private int digits(int p) {
        int d = p;
        while (d < s.length() && (Character.isDigit(s.charAt(d)) || s.charAt(d) == '.')) {
            d++;
        }
        return d;
    }

    private static boolean number(String text) {
        return text.matches("(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");
    }
}
