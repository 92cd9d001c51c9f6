package org.attain.importing.layout;

import java.math.BigDecimal;
import java.util.List;
import org.attain.importing.read.Cell;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * A row of a self-evaluation table (三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分) that gives an indicator its weight and
 * score but no target: a group row ("★补助各类瓜果蔬菜种植面积 10 10") whose target is spread over the sub-rows under it.
 * Read without columns, its two numbers would be taken for the target; they are the weight and the score (a score
 * never exceeds its weight), and the indicator is the officer's to complete.
 */
final class ScoredRows {

    private static final int WEIGHT_MAX = 100;

    private ScoredRows() {}

    /** Where the name of such a row stands among its cells (the last three: name, weight, score), or -1. */
    static int nameAt(List<Cell> cells) {
        int n = cells.size();
        if (n < 3) {
            return -1;
        }
        BigDecimal weight = number(cells.get(n - 2).text());
        BigDecimal score = number(cells.get(n - 1).text());
        String name = cells.get(n - 3).text();
        boolean named = !TargetParser.looksLikeTarget(name)
                && Vocabulary.category(name) == null
                && Vocabulary.subcategory(name) == null
                && Role.of(name) == null
                && !Vocabulary.isSummary(name);
        return weight != null
                        && score != null
                        && weight.signum() > 0
                        && weight.compareTo(BigDecimal.valueOf(WEIGHT_MAX)) <= 0
                        && score.compareTo(weight) <= 0
                        && named
                ? n - 3
                : -1;
    }

    /** Whether a cell is the header of a weight column (分值, 权重). */
    static boolean weightHeader(Cell cell) {
        String t = cell.text().strip();
        return t.length() <= 4 && Role.ofHeader(t) == Role.WEIGHT && !t.contains("得分");
    }

    private static @Nullable BigDecimal number(String text) {
        String t = text.strip();
        return t.matches("[0-9]{1,3}(?:\\.[0-9]+)?") ? new BigDecimal(t) : null;
    }
}
