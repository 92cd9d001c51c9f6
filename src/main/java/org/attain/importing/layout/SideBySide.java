package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attain.importing.read.Cell;
import org.attain.indicator.GoalTable;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * A row of a text that gives the long-term (中期) and the annual values side by side without a header saying so: the
 * same 二级 or 三级 name written twice ("数量指标 | 项目数 | 3 | 数量指标 | 项目数 | 3"). The cells before the first name
 * (the 一级) belong to both halves.
 */
final class SideBySide {

    /** The shared cells, the long-term half and the annual half of a row. */
    record Halves(List<Cell> shared, List<Cell> longTerm, List<Cell> annual) {}

    private SideBySide() {}

    static @Nullable Halves of(List<Cell> cells) {
        for (int k = 0; k < Math.min(cells.size(), 2); k++) {
            String text = cells.get(k).text();
            if (Vocabulary.category(text) != null || TargetParser.looksLikeTarget(text)) {
                continue;
            }
            for (int j = k + 2; j < cells.size(); j++) {
                if (Math.abs((j - k) - (cells.size() - j)) <= 1
                        && same(cells.get(j).text(), text)) {
                    return new Halves(cells.subList(0, k), cells.subList(k, j), cells.subList(j, cells.size()));
                }
            }
        }
        return null;
    }

    /** A row with the long-term and the annual values side by side: each half to its own table. */
    static void read(Halves halves, Map<GoalTable, IndicatorTable> tables, ProjectBuilder project, Problems problems) {
        for (GoalTable table : GoalTable.values()) {
            IndicatorTable t = tables.computeIfAbsent(table, x -> new IndicatorTable(x, project, problems, false));
            List<Cell> half = new ArrayList<>(halves.shared());
            half.addAll(table == GoalTable.LONG_TERM ? halves.longTerm() : halves.annual());
            t.startRow();
            for (int i = 0; i < half.size(); i++) {
                t.accept(half.get(i), null, i == half.size() - 1);
            }
            t.flushPending();
        }
    }

    private static boolean same(String a, String b) {
        return a.equals(b)
                || Vocabulary.subcategory(a) != null
                        && Vocabulary.subcategory(a).equals(Vocabulary.subcategory(b));
    }
}
