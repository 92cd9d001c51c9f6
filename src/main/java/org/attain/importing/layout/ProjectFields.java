package org.attain.importing.layout;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attain.importing.ImportProblem;
import org.attain.importing.ImportProblem.Label;
import org.attain.importing.ProjectDraft;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;
import org.attain.indicator.GoalTable;
import org.attain.project.Project;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * The labelled fields of a project: the value after a label such as 项目名称, 项目预算 or 主管部门 (in the next cell or
 * inline after a colon), the 项目资金 block (年度资金总额 is the budget; 财政拨款, 其他资金 and the 中期 total are noted, not
 * stored), and the goal texts. What is too long for its column is refused; what is not stored is noted.
 */
final class ProjectFields {

    private enum Expect {
        NOTHING,
        NAME,
        BUDGET,
        FUNDS,
        DETAIL,
        LONG_BUDGET,
        TYPE,
        NATURE,
        BASIS,
        DEPARTMENT,
        UNIT,
        OTHER,
        LONG_GOAL,
        ANNUAL_GOAL
    }

    private static final Set<String> FUNDS_HEADERS = Set.of(
            "年初预算数", "全年预算数", "全年执行数", "执行数", "执行率", "分值", "得分", "调整后预算数", "年度预算数", "预算数", "全年预计执行数", "1-6月执行数",
            "1-6月执行率", "1-7月执行数", "1-7月执行率", "预算执行率");

    private static final String ACTUAL_GOAL = "实际完成情况";
    private static final Pattern UNIT_LINE = Pattern.compile("单位\\s*[：:]\\s*(万元|元)");
    /** The letters a funds header names its columns by: 全年预算数(A), 预算执行率(B/A). */
    private static final Pattern LETTERED = Pattern.compile("\\([A-Z/+\\-×*]+\\)$");

    private final Problems problems;
    /** Where each project was found, by year and name (as the database compares them): a second one is refused. */
    private final Map<String, Integer> projectLines = new HashMap<>();

    private BigDecimal unitFactor = BigDecimal.ONE;
    private @Nullable BigDecimal blockFactor;
    private Expect expect = Expect.NOTHING;
    private @Nullable Cell label;
    private int longGoalColumn = -1;
    /** The column of the budget in a funds block with a header of its own (a self-evaluation table). */
    private int budgetColumn = -1;
    /** The column of what was achieved beside the goals (实际完成情况 in a self-evaluation table). */
    private int goalActualColumn = -1;

    private int annualGoalColumn = -1;

    ProjectFields(Problems problems) {
        this.problems = problems;
    }

    BigDecimal unitFactor() {
        return unitFactor;
    }

    boolean expecting() {
        return expect != Expect.NOTHING && expect != Expect.LONG_GOAL && expect != Expect.ANNUAL_GOAL;
    }

    /**
     * The funds block of a self-evaluation or monitoring table, with its own header (年初预算数 | 全年预算数 | 全年执行数
     * | 执行率 …): the budget is the 全年预算数 of the 年度资金总额 row (年初预算数 when there is none); the other amounts
     * are noted, not stored. True when the row was such a header or such a row.
     */
    boolean fundsRow(Row row, ProjectBuilder project) {
        int headers = 0;
        int budget = -1;
        int initial = -1;
        for (Cell c : row.cells()) {
            if (!c.positioned()
                    || c.text().length() > 20
                    || c.text().indexOf('数') < 0
                            && c.text().indexOf('率') < 0
                            && c.text().indexOf('分') < 0) {
                continue;
            }
            String t = LETTERED.matcher(Role.normal(c.text())).replaceFirst("");
            if (FUNDS_HEADERS.contains(t)) {
                headers++;
                if (t.startsWith("全年预算") || t.startsWith("调整后")) {
                    budget = c.column();
                } else if (t.contains("预算")) {
                    initial = initial < 0 ? c.column() : initial;
                }
            }
        }
        if (headers >= 2) {
            budgetColumn = budget >= 0 ? budget : initial;
            BigDecimal factor = Budgets.factorIn(row.cells().getFirst().text());
            blockFactor = factor != null ? factor : blockFactor;
            expect = Expect.NOTHING;
            return true;
        }
        if (budgetColumn < 0) {
            return false;
        }
        Cell label = row.cells().stream()
                .filter(c -> ProjectLabel.of(c.text()) != null)
                .findFirst()
                .orElse(null);
        if (label == null
                || ProjectLabel.of(label.text()).label() != ProjectLabel.BUDGET
                        && ProjectLabel.of(label.text()).label() != ProjectLabel.FUND_DETAIL) {
            return false;
        }
        boolean total = ProjectLabel.of(label.text()).label() == ProjectLabel.BUDGET;
        // the budget's column, or (a header shifted against its rows) the first amount after the label
        int at = budgetColumn;
        if (row.cells().stream().noneMatch(c -> c.column() == budgetColumn && Budgets.looksLikeAmount(c.text()))) {
            at = row.cells().stream()
                    .filter(c -> c.column() > label.column() && Budgets.looksLikeAmount(c.text()))
                    .mapToInt(Cell::column)
                    .findFirst()
                    .orElse(-1);
        }
        for (Cell c : row.cells()) {
            if (c == label || !Budgets.looksLikeAmount(c.text()) && !c.text().endsWith("%")) {
                continue;
            }
            if (total && c.column() == at && project.budget == null) {
                project.budget = Budgets.parse(c, blockFactor != null ? blockFactor : unitFactor, problems);
            } else {
                problems.warn(
                        c, "import.warn.fieldNotImported", Problems.quote(label.text()), Problems.quote(c.text()));
            }
        }
        expect = Expect.NOTHING;
        return true;
    }

    /** The goals section begins: text in it without a label of its own is the annual goal. */
    void startGoals() {
        expect = Expect.ANNUAL_GOAL;
    }

    /** The goals end where a table, a header or a title begins. */
    void endGoals() {
        if (expect == Expect.LONG_GOAL || expect == Expect.ANNUAL_GOAL) {
            expect = Expect.NOTHING;
        }
    }

    void reset() {
        expect = Expect.NOTHING;
        blockFactor = null;
        longGoalColumn = -1;
        annualGoalColumn = -1;
        budgetColumn = -1;
        goalActualColumn = -1;
    }

    /** What these fields carry into the next project, less the projects found ({@link SegmentedRead} compares it). */
    List<Object> carried() {
        List<Object> columns = List.of(longGoalColumn, budgetColumn, goalActualColumn, annualGoalColumn);
        return Arrays.asList(unitFactor, blockFactor, expect, label, columns);
    }

    /** A line that names the unit of all amounts ("金额单位：万元"): true when it was one. */
    boolean unitLine(Cell cell) {
        String text = cell.text();
        if (text.length() <= 20
                && (text.startsWith("金额单位")
                        || text.startsWith("单位") && UNIT_LINE.matcher(text).matches())) {
            endGoals();
            BigDecimal factor = Budgets.factorIn(cell.text());
            unitFactor = factor == null ? BigDecimal.ONE : factor;
            return true;
        }
        return false;
    }

    /** A label cell of a project (not 项目名称, which starts one): true when it was one. */
    boolean accept(Cell cell, ProjectBuilder project, boolean outsideTables) {
        BigDecimal factor = Budgets.factorIn(cell.text());
        ProjectLabel.Found found = ProjectLabel.of(cell.text());
        if (found == null) {
            return false;
        }
        switch (found.label()) {
            case BUDGET -> {
                blockFactor = factor != null ? factor : blockFactor;
                expect(cell, found, Expect.BUDGET, project);
            }
            case FUNDS -> {
                blockFactor = factor;
                expect(cell, found, Expect.FUNDS, project);
            }
            case FUND_DETAIL -> expect(cell, found, Expect.DETAIL, project);
            case LONG_BUDGET -> expect(cell, found, Expect.LONG_BUDGET, project);
            case PROJECT_TYPE -> expect(cell, found, Expect.TYPE, project);
            case FUND_NATURE -> expect(cell, found, Expect.NATURE, project);
            case BASIS -> expect(cell, found, Expect.BASIS, project);
            case DEPARTMENT -> expect(cell, found, Expect.DEPARTMENT, project);
            case UNIT -> expect(cell, found, Expect.UNIT, project);
            case OTHER -> expect(cell, found, Expect.OTHER, project);
            case LONG_GOAL, ANNUAL_GOAL -> {
                if (!outsideTables) {
                    return false;
                }
                boolean longTerm = found.label() == ProjectLabel.LONG_GOAL;
                if (cell.positioned()) {
                    if (longTerm) {
                        longGoalColumn = cell.column();
                    } else {
                        annualGoalColumn = cell.column();
                    }
                }
                expect(cell, found, longTerm ? Expect.LONG_GOAL : Expect.ANNUAL_GOAL, project);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The 项目名称 label: its value is the project's name. */
    void expect(Cell cell, ProjectLabel.Found found, ProjectBuilder project) {
        expect(cell, found, Expect.NAME, project);
    }

    private void expect(Cell cell, ProjectLabel.Found found, Expect next, ProjectBuilder project) {
        expect = next;
        label = cell;
        if (!found.rest().isEmpty() && !BRACKETED.matcher(found.rest()).matches()) {
            acceptExpected(cell.withText(found.rest()), project);
        }
    }

    /** The value a label announced; false when the cell is no such value (another label, nothing expected). */
    boolean acceptExpected(Cell cell, @Nullable ProjectBuilder project) {
        if (expect == Expect.NOTHING || project == null || isLabel(cell.text())) {
            return false;
        }
        Expect was = expect;
        if (was != Expect.LONG_GOAL && was != Expect.ANNUAL_GOAL) {
            expect = Expect.NOTHING;
        }
        String text = cell.text();
        switch (was) {
            case NAME -> project.name = fitting(cell, "field.projectName", Names.oneLine(text), Project.NAME_MAX);
            case BUDGET, FUNDS -> {
                if (was == Expect.FUNDS && !Budgets.looksLikeAmount(text) || !Budgets.holdsDigit(text)) {
                    // a label without a value of its own (a header cell, a sub-label follows): not the budget
                    expect = Expect.NOTHING;
                    return false;
                }
                if (project.budget == null) {
                    project.budget = Budgets.parse(cell, blockFactor != null ? blockFactor : unitFactor, problems);
                } else {
                    problems.warn(cell, "import.warn.secondBudget", Problems.quote(labelText()), Problems.quote(text));
                }
            }
            case DETAIL, LONG_BUDGET, OTHER ->
                problems.warn(cell, "import.warn.fieldNotImported", Problems.quote(labelText()), Problems.quote(text));
            case TYPE -> project.projectType = fitting(cell, "field.projectType", text, Project.LABEL_MAX);
            case NATURE -> project.fundNature = fitting(cell, "field.fundNature", text, Project.LABEL_MAX);
            case BASIS -> project.basis = fitting(cell, "field.basis", text, Project.TEXT_MAX);
            case DEPARTMENT -> project.department = fitting(cell, "field.department", text, Project.LABEL_MAX);
            case UNIT -> project.unit = fitting(cell, "field.unit", text, Project.LABEL_MAX);
            case LONG_GOAL, ANNUAL_GOAL -> {
                Role role = Role.of(text);
                if (Vocabulary.category(text) != null
                        || Vocabulary.subcategory(text) != null
                        || TargetParser.looksLikeTarget(text)
                        || role != null && (role.defining() || role == Role.NONE)) {
                    expect = Expect.NOTHING;
                    return false;
                }
                acceptGoal(cell, project);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A cell among the goals: a goal label's text, or what cannot be placed (warned). */
    void acceptGoal(Cell cell, ProjectBuilder project) {
        String text = cell.text();
        GoalTable goal = expect == Expect.LONG_GOAL
                ? GoalTable.LONG_TERM
                : expect == Expect.ANNUAL_GOAL ? GoalTable.ANNUAL : null;
        if (cell.positioned() && longGoalColumn >= 0 && annualGoalColumn >= 0 && longGoalColumn != annualGoalColumn) {
            goal = Math.abs(cell.column() - annualGoalColumn) < Math.abs(cell.column() - longGoalColumn)
                    ? GoalTable.ANNUAL
                    : GoalTable.LONG_TERM;
        }
        Role role = Role.of(text);
        if (Role.ofHeader(text) == Role.ACTUAL && cell.positioned()) {
            goalActualColumn = cell.column();
            return;
        }
        if (role != null || "目标说明".equals(text) || "名称".equals(text)) {
            return;
        }
        if (cell.positioned() && cell.column() == goalActualColumn) {
            problems.warn(cell, "import.warn.fieldNotImported", Problems.quote(ACTUAL_GOAL), Problems.quote(text));
            return;
        }
        if (goal == null) {
            problems.warn(cell, "import.warn.unplacedGoalText", Problems.quote(text));
            return;
        }
        appendGoal(project, goal, text);
    }

    void appendGoal(ProjectBuilder project, GoalTable goal, String text) {
        if (goal == GoalTable.LONG_TERM) {
            project.longTermGoal = ProjectBuilder.join(project.longTermGoal, text);
            fitting(label, "field.longTermGoal", project.longTermGoal, Project.TEXT_MAX);
        } else {
            project.annualGoal = ProjectBuilder.join(project.annualGoal, text);
            fitting(label, "field.annualGoal", project.annualGoal, Project.TEXT_MAX);
        }
    }

    /** The project as read, or null when it cannot be one (warned); a second one of the same name is refused. */
    @Nullable
    ProjectDraft finish(ProjectBuilder b, DocumentYear year, Problems problems) {
        if (b.name == null || b.name.isBlank()) {
            problems.warn(b.start, "import.warn.noProjectName");
            return null;
        }
        b.year = year.of(b, problems);
        if (b.year == 0) {
            return null;
        }
        if (b.budget == null) {
            problems.warn(b.start, "import.warn.noBudget", Problems.quote(b.name));
        }
        if (b.indicators.isEmpty()) {
            problems.warn(b.start, "import.warn.noIndicators", Problems.quote(b.name));
        }
        Integer first = projectLines.putIfAbsent(sameProject(b.year, b.name), b.start.line());
        if (first != null) {
            problems.refuse(b.start, "refused.duplicateProject", Problems.quote(b.name), first, b.start.line());
            return null;
        }
        return b.build(problems.projectWarnings());
    }

    /**
     * Two names the database takes for the same project (its unique key compares names ignoring case and trailing
     * spaces), in the same year.
     */
    static String sameProject(int year, String name) {
        return year + "\u0000" + name.strip().toLowerCase(Locale.ROOT);
    }

    private String labelText() {
        return label == null ? "" : label.text();
    }

    private String fitting(@Nullable Cell cell, String field, String text, int max) {
        if (text.length() > max && cell != null) {
            problems.refuse(cell.where().locate(ImportProblem.tooLong(cell.line(), new Label(field), text, max)));
        }
        return text;
    }

    private static boolean isLabel(String text) {
        return ProjectLabel.of(text) != null
                || text.contains("绩效目标表")
                || ProjectLabel.annualTable(text)
                || ProjectLabel.longTermTable(text);
    }

    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[)）]");
}
