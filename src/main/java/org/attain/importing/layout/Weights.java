package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;
import org.attain.targets.TargetParser;

/**
 * The 分值 of a self-evaluation table in a text (三级指标 | 分值 | 年度指标值 | 实际值 | 得分, cells sliding or one per line):
 * once a header has named a weight column before the target's, a bare number between an indicator's name and its
 * target is that weight, not the target. The header's warning about the column says it is not imported.
 */
final class Weights {

    /** How far apart the 分值 and 指标值 header words may stand. */
    private static final int HEADER_SPAN = 4;

    private Weights() {}

    static List<Row> withoutWeights(List<Row> rows) {
        List<Cell> flat = new ArrayList<>();
        for (Row row : rows) {
            flat.addAll(row.cells());
        }
        Set<Cell> weights = new HashSet<>();
        boolean armed = false;
        for (int i = 0; i < flat.size(); i++) {
            String text = flat.get(i).text();
            Role role = Role.ofHeader(text);
            if (role == Role.WEIGHT && text.length() <= 8) {
                armed |= valueFollows(flat, i);
                continue;
            }
            if (armed && weight(flat, i)) {
                weights.add(flat.get(i));
            }
        }
        if (weights.isEmpty()) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Cell> kept =
                    row.cells().stream().filter(c -> !weights.contains(c)).toList();
            if (!kept.isEmpty()) {
                out.add(kept.size() == row.cells().size() ? row : new Row(kept, row.tabular()));
            }
        }
        return out;
    }

    private static boolean valueFollows(List<Cell> flat, int at) {
        for (int k = at + 1; k < Math.min(flat.size(), at + HEADER_SPAN); k++) {
            if (Role.ofHeader(flat.get(k).text()) == Role.VALUE) {
                return true;
            }
        }
        return false;
    }

    private static boolean weight(List<Cell> flat, int i) {
        String text = flat.get(i).text().strip();
        if (!WEIGHT_NUMBER.matcher(text).matches() || i == 0 || i + 1 >= flat.size()) {
            return false;
        }
        String before = flat.get(i - 1).text();
        String after = flat.get(i + 1).text().strip();
        return !TargetParser.looksLikeTarget(before)
                && Role.of(before) == null
                && TargetParser.looksLikeTarget(after)
                && !DIGITS.matcher(after).matches();
    }

    private static final Pattern WEIGHT_NUMBER = Pattern.compile("[0-9]{1,2}(?:\\.[0-9]+)?");
    private static final Pattern DIGITS = Pattern.compile("[0-9.]+");
}
