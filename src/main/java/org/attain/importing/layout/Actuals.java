package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attain.importing.read.Cell;
import org.attain.targets.TargetParser;

/**
 * What a self-evaluation table says was achieved, when its row is read without columns (a flattened paragraph: 三级指标
 * 年度指标值 实际完成值 分值 得分): "达成预期指标" after a name and a sentence says the sentence is the target, and is itself
 * not imported (the actual values are not part of the targets).
 */
final class Actuals {

    private static final Set<String> ACHIEVED =
            Set.of("达成预期指标", "达成预期目标", "达成年度指标", "达到预期", "达到预期目标", "达到预期指标", "已达成", "已完成", "达成");

    /** The cells of a row and those among them known to be targets. */
    record Marked(List<Cell> cells, Set<Cell> targets) {}

    private Actuals() {}

    static Marked marked(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        HashSet<Cell> targets = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (ACHIEVED.contains(c.text().strip()) && i >= 2 && text(cells.get(i - 2))) {
                if (text(cells.get(i - 1))) {
                    targets.add(cells.get(i - 1));
                    continue;
                }
                if (TargetParser.looksLikeTarget(cells.get(i - 1).text())) {
                    targets.add(cells.get(i - 1));
                    continue;
                }
            }
            out.add(c);
        }
        return targets.isEmpty() ? new Marked(cells, Set.of()) : new Marked(out, targets);
    }

    private static boolean text(Cell cell) {
        String t = cell.text();
        return !TargetParser.looksLikeTarget(t)
                && Vocabulary.category(t) == null
                && Vocabulary.subcategory(t) == null
                && Role.of(t) == null;
    }
}
