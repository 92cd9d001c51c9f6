package org.attain.importing.layout;

import java.util.List;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;
import org.attain.targets.TargetParser;

/**
 * A header row that runs on into the table's first indicator, as a page with broken row ends gives it ("… | 三级指标 |
 * 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | …"): the header words up to the first
 * 一级 level, and the indicator's row from there, which would otherwise be lost with the header.
 */
final class HeaderTail {

    private HeaderTail() {}

    /** Where the first indicator starts in a header row, or -1 when the row is header only. */
    private static int start(Row row) {
        List<Cell> cells = row.cells();
        for (int i = 2; i < cells.size(); i++) {
            if (Vocabulary.category(cells.get(i).text()) != null
                    && Role.ofHeader(cells.get(i).text()) == null) {
                boolean target = cells.subList(i + 1, cells.size()).stream()
                        .anyMatch(c -> Role.ofHeader(c.text()) == null && TargetParser.looksLikeTarget(c.text()));
                return target ? i : -1;
            }
        }
        return -1;
    }

    /** The header row alone, or the header and the indicator's row after it. */
    static List<Row> split(Row row) {
        int at = start(row);
        if (at < 0) {
            return List.of(row);
        }
        Row head = new Row(List.copyOf(row.cells().subList(0, at)), row.tabular());
        Row tail = new Row(List.copyOf(row.cells().subList(at, row.cells().size())), row.tabular());
        return Columns.isHeader(head) ? List.of(head, tail) : List.of(row);
    }
}
