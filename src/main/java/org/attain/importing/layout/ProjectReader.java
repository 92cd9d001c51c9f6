package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attain.importing.ImportProblem;
import org.attain.importing.ProjectDraft;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Part;
import org.attain.importing.read.Row;
import org.attain.indicator.GoalTable;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads the projects of one part of a document (a sheet, or a whole text, Word or PDF document) row by row: the
 * project's labelled fields ({@link ProjectFields}), its goals, and its indicator tables ({@link IndicatorTable}),
 * with the columns of a table header when there is one ({@link Columns}), by content where there is none.
 */
final class ProjectReader {

    private final Problems problems;
    private final DocumentYear year;
    /** Whether the columns of a row are exactly those of its header (a workbook, a Word or PDF table). */
    private final boolean gridColumns;

    private final List<ProjectDraft> projects = new ArrayList<>();
    private final ProjectFields fields;

    private @Nullable ProjectBuilder project;
    private final Map<GoalTable, IndicatorTable> tables = new EnumMap<>(GoalTable.class);
    private @Nullable IndicatorTable current;
    private boolean inGoals;
    /** Whether the last line was one cell of an indicator table's line run together, split into its cells. */
    private boolean runTogether;

    private @Nullable Columns columns;
    private boolean lastRowWasHeader;
    /** Whether a header has named a weight column (分值): a self-evaluation, whose rows may give a weight alone. */
    private boolean scored;

    private @Nullable GoalTable titled;
    private boolean named;

    /** From how many project starts a part is read in segments ({@link SegmentedRead}); tests change it. */
    int segmentedFrom = SegmentedRead.MIN_PROJECTS;
    /** In a segment's reader, what sees the projects start; null in a plain read. */
    SegmentedRead.@Nullable Watch watch;
    /** The index of the row being read, and where in it the reader is (for the watch). */
    private int reading = -1;

    private @Nullable List<Object> rowPlace;

    ProjectReader(Problems problems, DocumentYear year, boolean gridColumns) {
        this.problems = problems;
        this.year = year;
        this.gridColumns = gridColumns;
        this.fields = new ProjectFields(problems);
    }

    /** Reads a part that names no project (no 项目名称 label) as the project it states elsewhere, from its first row. */
    List<ProjectDraft> read(Part part, UnnamedProject unnamed) {
        project = new ProjectBuilder(unnamed.where(), year.current());
        project.name = unnamed.name();
        unnamed.start(problems);
        return read(part);
    }

    /** Whether a project label (项目名称) started a project: the part names its projects. */
    boolean named() {
        return named;
    }

    List<ProjectDraft> read(Part part) {
        List<Row> rows = gridColumns
                ? part.rows()
                : Weights.withoutWeights(SplitTargets.joinedLines(FlatTable.unfolded(part.rows(), problems)));
        SegmentedRead.@Nullable Read segmented = project == null
                ? SegmentedRead.read(rows, segmentedFrom, problems, p -> new ProjectReader(p, year.copy(), gridColumns))
                : null;
        if (segmented != null) {
            segmented.into(problems, projects);
            named = segmented.named();
            return projects;
        }
        readRows(rows, 0, rows.size());
        return finishRead();
    }

    /** Reads the rows from one index to another (excluded), leaving the last project open. */
    void readRows(List<Row> rows, int from, int to) {
        for (int i = from; i < to; i++) {
            reading = i;
            row(rows.get(i));
        }
    }

    /** Finishes the last project: the projects read. */
    List<ProjectDraft> finishRead() {
        finishProject();
        return projects;
    }

    /**
     * What the reader carries from a project into the next, as it is where a project starts (the last one finished,
     * the new one not begun), with where in its row it is: two readers in the same state read on alike.
     */
    List<Object> carried() {
        return Arrays.asList(
                project,
                tables.isEmpty(),
                current,
                inGoals,
                runTogether,
                columns == null ? null : columns.columns(),
                columns == null ? null : columns.sets(),
                lastRowWasHeader,
                scored,
                titled,
                year.current(),
                fields.carried(),
                rowPlace);
    }

    private void row(Row given) {
        Row row = gridColumns && columns != null && columns.has(Role.OPERATOR) ? given : SplitTargets.joined(given);
        if (Columns.isHeader(row) && !RowShapes.startsProject(row)) {
            List<Row> parts = HeaderTail.split(row);
            header(parts.getFirst());
            parts.stream().skip(1).forEach(this::row);
            return;
        }
        boolean wasHeader = lastRowWasHeader;
        lastRowWasHeader = false;
        if (project != null
                && (Closings.skipped(row, tables.values(), problems)
                        || row.tabular() && fields.fundsRow(row, project))) {
            return;
        }
        if (row.tabular()
                && columns != null
                && (project != null || columns.has(Role.PROJECT))
                && !fields.expecting()
                && !RowShapes.labelled(row)) {
            tableRow(row);
            return;
        }
        if (wasHeader && columns == null && project != null && current == null) {
            openTable(titled != null ? titled : GoalTable.ANNUAL);
        }
        tables.values().forEach(IndicatorTable::startRow);
        List<Cell> cells = new ArrayList<>();
        for (Cell cell : row.cells()) {
            boolean alone = row.cells().size() == 1;
            boolean inTable = current != null && !inGoals;
            List<Cell> pieces = RowShapes.pieces(
                    cell, alone && inTable && (runTogether || Tokens.startsWithWord(cell.text())), inTable);
            runTogether = row.cells().size() == 1 && pieces.size() > 1;
            cells.addAll(pieces);
        }
        SideBySide.Halves halves = current == null || gridColumns ? null : SideBySide.of(cells);
        if (halves != null) {
            SideBySide.read(halves, tables, project, problems);
            return;
        }
        scored |= cells.stream().anyMatch(ScoredRows::weightHeader);
        Actuals.Marked marked = Actuals.marked(cells);
        int untargeted = scored && current != null ? ScoredRows.nameAt(marked.cells()) : -1;
        for (int i = 0; i < marked.cells().size(); i++) {
            Cell cell = marked.cells().get(i);
            if (i == untargeted && marked.targets().isEmpty()) {
                current.acceptUntargeted(cell);
                break;
            }
            boolean last = i == marked.cells().size() - 1;
            if (marked.targets().contains(cell) && current != null) {
                current.accept(cell, Role.VALUE, last);
            } else {
                rowPlace = watch == null ? null : List.of(marked, untargeted, i);
                accept(cell, last);
            }
        }
    }

    private void header(Row row) {
        Columns above = lastRowWasHeader ? columns : null;
        lastRowWasHeader = true;
        boolean listOfProjects = row.tabular() && Columns.of(row, above, titled).has(Role.PROJECT);
        if (project == null && !listOfProjects) {
            problems.warn(row.cells().getFirst(), "import.warn.tableBeforeProject");
            columns = null;
            return;
        }
        if (!row.tabular()) {
            columns = null;
            openTable(titled != null ? titled : GoalTable.ANNUAL);
            return;
        }
        closeTables();
        fields.endGoals();
        for (Cell c : row.cells()) {
            // a header whose first cell names the table: 长期绩效指标 | 一级指标 | …
            GoalTable title = ProjectLabel.tableTitled(c.text());
            titled = title != null ? title : titled;
        }
        columns = Columns.of(row, above, titled);
        for (Columns.Column ignored : columns.ignored()) {
            if (above == null || above.columns().stream().noneMatch(c -> c.cell() == ignored.cell())) {
                problems.warn(
                        ignored.cell(),
                        "import.warn.columnNotImported",
                        Problems.quote(ignored.header()),
                        new ImportProblem.Label(
                                "import.column." + ignored.role().name()));
            }
        }
        if (project != null) {
            for (Columns.ColumnSet set : columns.sets()) {
                tables.computeIfAbsent(set.table(), t -> new IndicatorTable(t, project, problems, gridColumns));
            }
            current = tables.get(columns.sets().getLast().table());
        }
    }

    private void tableRow(Row given) {
        Row row = gridColumns ? given : SlidRows.realigned(given, columns);
        SideBySide.Halves halves =
                gridColumns || columns.sets().size() > 1 || project == null ? null : SideBySide.of(row.cells());
        if (halves != null) {
            SideBySide.read(halves, tables, project, problems);
            return;
        }
        if (columns.has(Role.PROJECT) && !projectOfRow(row)) {
            return;
        }
        List<List<Slots.Slot>> perSet = Slots.of(row, columns, gridColumns);
        for (int i = 0; i < perSet.size(); i++) {
            IndicatorTable table = tables.computeIfAbsent(
                    columns.sets().get(i).table(), t -> new IndicatorTable(t, project, problems, gridColumns));
            table.startRow();
            List<Slots.Slot> slots = gridColumns ? perSet.get(i) : Slots.withoutWeights(perSet.get(i), columns);
            for (int k = 0; k < slots.size(); k++) {
                Slots.Slot slot = slots.get(k);
                // in a text, rows slide left and right: only the target's column is a hint worth taking
                table.accept(
                        slot.cell(),
                        gridColumns || slot.role() == Role.VALUE ? slot.role() : null,
                        k == slots.size() - 1);
            }
            if (gridColumns) {
                table.flushPending();
            }
        }
    }

    /**
     * In a list of indicators of several projects, the project of a row: its 项目名称 cell starts a project when it
     * names another one (a merged cell names it once for all its rows). False when no project is known.
     */
    private boolean projectOfRow(Row row) {
        Cell name = Columns.in(row, columns.first(Role.PROJECT));
        if (name != null && !gridColumns && !Slots.projectName(name)) {
            name = null;
        }
        if (name != null && (project == null || !Names.oneLine(name.text()).equals(project.name))) {
            Columns kept = columns;
            finishProject();
            columns = kept;
            project = new ProjectBuilder(name, year.current());
            named = true;
            project.name = Names.oneLine(name.text());
            problems.startProject();
        }
        if (project == null) {
            problems.warn(row.cells().getFirst(), "import.warn.tableBeforeProject");
            return false;
        }
        Budgets.fromColumn(row, columns, project, gridColumns, fields.unitFactor(), problems);
        return true;
    }

    private void accept(Cell cell, boolean lastInRow) {
        if (fields.acceptExpected(cell, project)) {
            return;
        }
        if (startsSection(cell)) {
            return;
        }
        if (fields.unitLine(cell)) {
            return;
        }
        if (project == null) {
            if (!year.noticed(cell)) {
                problems.warn(cell, "import.warn.beforeProject", Problems.quote(cell.text()));
            }
            return;
        }
        if (fields.accept(cell, project, current == null)) {
            return;
        }
        Role role = Role.of(cell.text());
        if (current == null && role != null) {
            // the words of a header written without columns: a table begins, the words themselves are no content
            if (role.defining()) {
                openTable(titled != null ? titled : GoalTable.ANNUAL);
            }
            return;
        }
        if (inGoals && current == null) {
            fields.acceptGoal(cell, project);
            return;
        }
        if (current == null) {
            if (TargetParser.looksLikeTarget(cell.text())
                    || Vocabulary.category(cell.text()) != null
                    || Vocabulary.subcategory(cell.text()) != null) {
                openTable(GoalTable.ANNUAL);
                current.accept(cell, null, lastInRow);
                return;
            }
            problems.warn(cell, "import.warn.outsideTable", Problems.quote(cell.text()));
            return;
        }
        current.accept(cell, null, lastInRow);
    }

    private boolean startsSection(Cell cell) {
        String text = cell.text();
        ProjectLabel.Found found = ProjectLabel.of(text);
        if (found != null && found.label() == ProjectLabel.PROJECT_NAME) {
            finishProject();
            if (watch != null) {
                watch.projectStarts(reading, carried(), projects.size());
            }
            project = new ProjectBuilder(cell, year.current());
            named = true;
            problems.startProject();
            fields.expect(cell, found, project);
            return true;
        }
        if (project == null) {
            return year.noticed(cell);
        }
        if (found != null && found.label() == ProjectLabel.GOALS) {
            closeTables();
            columns = null;
            inGoals = true;
            fields.startGoals();
            if (!found.rest().isEmpty()) {
                fields.appendGoal(project, GoalTable.ANNUAL, found.rest());
            }
            return true;
        }
        GoalTable title = text.length() <= 20 ? ProjectLabel.tableTitled(text) : null;
        if (title != null) {
            titled = title;
            openTable(title);
            columns = null;
            return true;
        }
        if (year.noticed(cell)) {
            fields.endGoals();
            return true;
        }
        return false;
    }

    private void openTable(GoalTable table) {
        closeTables();
        fields.endGoals();
        inGoals = false;
        current = tables.computeIfAbsent(table, t -> new IndicatorTable(t, project, problems, gridColumns));
    }

    private void closeTables() {
        tables.values().forEach(IndicatorTable::flushPending);
        current = null;
    }

    private void finishProject() {
        closeTables();
        tables.clear();
        inGoals = false;
        titled = null;
        fields.reset();
        if (project == null) {
            return;
        }
        ProjectBuilder b = project;
        project = null;
        ProjectDraft draft = fields.finish(b, year, problems);
        if (draft != null) {
            projects.add(draft);
        }
    }
}
