package org.attain.importing.layout;

import java.util.List;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;

/** What a row of a document is by its shape: the start of a project, a labelled field, cells run together. */
final class RowShapes {

    private RowShapes() {}

    /** A row that starts a project: its 项目名称 label and at most two more cells, none of them a header's word. */
    static boolean startsProject(Row row) {
        ProjectLabel.Found found = ProjectLabel.of(row.cells().getFirst().text());
        return found != null
                && found.label() == ProjectLabel.PROJECT_NAME
                && row.cells().size() <= 3
                && row.cells().stream()
                        .noneMatch(c ->
                                Role.of(c.text()) != null && Role.of(c.text()).defining());
    }

    /** A row led by a project field's label, a table's title or the document's title: no indicator row. */
    static boolean labelled(Row row) {
        Cell first = row.cells().getFirst();
        ProjectLabel.Found found = ProjectLabel.of(first.text());
        return found != null && found.label() != ProjectLabel.LONG_GOAL && found.label() != ProjectLabel.ANNUAL_GOAL
                || ProjectLabel.longTermTable(first.text())
                || ProjectLabel.annualTable(first.text())
                || DocumentYear.isTitle(first.text());
    }

    /**
     * A cell as cells: a line of words separated by single spaces, or a table in one paragraph, is split; so is a line
     * of an indicator table whose cells are run together ({@code runTogetherLine}: the only cell of its row, in an
     * indicator table, that starts with a level, "质量指标校舍维修改造质量合格率100%", or follows such a line,
     * "购置设施设备质量合格率100%").
     */
    static List<Cell> pieces(Cell cell, boolean runTogetherLine, boolean inTable) {
        String text = cell.text();
        boolean runTogether = runTogetherLine && !cell.positioned() && Character.isIdeographic(text.codePointAt(0));
        if (cell.positioned()
                || text.indexOf(' ') < 0 && !Tokens.holdsWords(text, 2) && !runTogether
                || Vocabulary.category(text) != null) {
            // a 一级 level written with spaces between its characters ("效 益 指 标 (30分)") is one cell
            return List.of(cell);
        }
        if (ProjectLabel.of(text) != null) {
            return text.indexOf(' ') < 0 ? List.of(cell) : Tokens.labelled(cell);
        }
        return inTable || Tokens.holdsWords(text, 2) ? Tokens.split(cell) : List.of(cell);
    }
}
