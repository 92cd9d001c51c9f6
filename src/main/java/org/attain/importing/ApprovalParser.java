package org.attain.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.indicator.GoalTable;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads approval documents (绩效目标批复) from a stream of cells, as a person reads them: by what a cell says, not
 * where it stands. Categories and subcategories are recognised by their names and carried down the table, targets
 * by their shape; a row shifted left or right, a missing header row or a truncated name changes nothing.
 * Every cell that cannot be placed becomes a warning with its line number.
 */
final class ApprovalParser {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final int MAX_WARNINGS = 500;

    private enum Expect { NOTHING, PROJECT_NAME, BUDGET, PROJECT_TYPE, FUND_NATURE, BASIS, LONG_GOAL, ANNUAL_GOAL }

    private final String source;
    private final List<ProjectDraft> projects = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private int suppressedWarnings;

    private int year;
    private BigDecimal unitFactor = BigDecimal.ONE;
    private @Nullable Builder project;
    private Expect expect = Expect.NOTHING;
    private @Nullable GoalTable table;
    private boolean inGoals;
    private @Nullable String category;
    private @Nullable String subcategory;
    private @Nullable String explicitCategory;
    private @Nullable Cell pendingName;

    private ApprovalParser(String source) {
        this.source = source;
    }

    static ApprovalDocument parse(String source, List<Cell> cells) {
        ApprovalParser parser = new ApprovalParser(source);
        parser.run(cells);
        return parser.result();
    }

    private void run(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.rowStart()) {
                explicitCategory = null;
                if (isHeaderRow(cells, i)) {
                    i = endOfRow(cells, i) - 1;
                    continue;
                }
            }
            accept(cell);
        }
        finishProject();
    }

    private void accept(Cell cell) {
        String text = cell.text();
        if (acceptExpected(cell)) {
            return;
        }
        if (startsSection(cell)) {
            return;
        }
        if (project == null) {
            noteOutsideProject(cell);
            return;
        }
        if (inGoals && table == null) {
            acceptGoalCell(cell);
            return;
        }
        if (table == null) {
            warn(cell.line(), "无法归入任何表格的内容，已忽略 / text outside any table, ignored: " + abbreviate(text));
            return;
        }
        acceptTableCell(cell);
    }

    /** The value after a label such as 项目名称 or 项目预算. */
    private boolean acceptExpected(Cell cell) {
        if (expect == Expect.NOTHING || isLabel(cell.text())) {
            return false;
        }
        Expect was = expect;
        expect = Expect.NOTHING;
        switch (was) {
            case PROJECT_NAME -> project.name = cell.text();
            case BUDGET -> {
                Matcher m = NUMBER.matcher(cell.text().replace(",", ""));
                if (m.find()) {
                    project.budget = new BigDecimal(m.group()).multiply(unitFactor);
                } else {
                    warn(cell.line(), "项目预算不是数字 / the project budget is not a number: " + abbreviate(cell.text()));
                }
            }
            case PROJECT_TYPE -> project.projectType = cell.text();
            case FUND_NATURE -> project.fundNature = cell.text();
            case BASIS -> project.basis = cell.text();
            case LONG_GOAL -> project.longTermGoal = join(project.longTermGoal, cell.text());
            case ANNUAL_GOAL -> project.annualGoal = join(project.annualGoal, cell.text());
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean startsSection(Cell cell) {
        String text = cell.text();
        if (text.startsWith("项目名称")) {
            finishProject();
            project = new Builder(cell.line(), year);
            expectOrInline(text, "项目名称", Expect.PROJECT_NAME);
            return true;
        }
        if (text.contains("绩效目标批复") || text.contains("绩效目标申报") || text.contains("绩效目标表") && project == null) {
            Matcher m = YEAR.matcher(text);
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
            }
            if (!text.contains("绩效目标表")) {
                return true;
            }
        }
        if (text.startsWith("金额单位")) {
            unitFactor = text.contains("万元") ? BigDecimal.ONE : text.contains("元") ? new BigDecimal("0.0001") : BigDecimal.ONE;
            return true;
        }
        if (project == null) {
            return false;
        }
        if (text.startsWith("项目预算") || text.startsWith("预算金额") || text.startsWith("项目资金")) {
            expectOrInline(text, text.startsWith("项目预算") ? "项目预算" : text.substring(0, 4), Expect.BUDGET);
            return true;
        }
        if (text.startsWith("项目类型")) {
            expectOrInline(text, "项目类型", Expect.PROJECT_TYPE);
            return true;
        }
        if (text.startsWith("资金性质")) {
            expectOrInline(text, "资金性质", Expect.FUND_NATURE);
            return true;
        }
        if (text.startsWith("立项依据")) {
            expectOrInline(text, "立项依据", Expect.BASIS);
            return true;
        }
        if (text.contains("项目绩效总目标") || text.equals("绩效总目标")) {
            closeTable();
            inGoals = true;
            return true;
        }
        if (text.contains("长期绩效目标表") || text.contains("中长期绩效目标表")) {
            openTable(GoalTable.LONG_TERM);
            return true;
        }
        if (text.contains("年度绩效目标表")) {
            openTable(GoalTable.ANNUAL);
            return true;
        }
        return false;
    }

    private void acceptGoalCell(Cell cell) {
        String text = cell.text();
        if (text.matches("长期绩效目标[0-9]*")) {
            expect = Expect.LONG_GOAL;
        } else if (text.matches("年度绩效目标[0-9]*")) {
            expect = Expect.ANNUAL_GOAL;
        } else if (!IndicatorVocabulary.isHeader(text)) {
            warn(cell.line(), "总目标中无法识别的内容，已忽略 / unrecognised text among the goals, ignored: " + abbreviate(text));
        }
    }

    private void acceptTableCell(Cell cell) {
        String text = cell.text();
        if (text.matches("(长期|年度)绩效目标[0-9]*") || IndicatorVocabulary.isHeader(text)) {
            return;
        }
        String cat = IndicatorVocabulary.category(text);
        if (cat != null) {
            category = cat;
            explicitCategory = cat;
            subcategory = null;
            return;
        }
        String sub = IndicatorVocabulary.subcategory(text);
        if (sub != null && pendingName == null) {
            String implied = IndicatorVocabulary.SUBCATEGORIES.get(sub);
            if (explicitCategory != null && !explicitCategory.equals(implied)) {
                warn(cell.line(), "二级指标“" + sub + "”属于“" + implied + "”，已将一级指标“" + explicitCategory
                        + "”更正 / subcategory " + sub + " belongs to " + implied + "; category corrected");
            }
            category = implied;
            subcategory = sub;
            return;
        }
        if (IndicatorVocabulary.isBasis(text)) {
            attachBasis(cell);
            return;
        }
        if (pendingName != null && TargetParser.looksLikeTarget(text)) {
            addIndicator(pendingName, cell);
            pendingName = null;
            return;
        }
        if (pendingName == null && TargetParser.looksLikeTarget(text)) {
            warn(cell.line(), "指标值“" + text + "”前没有三级指标名称，已忽略 / a target without an indicator name, ignored");
            return;
        }
        if (pendingName != null) {
            warn(pendingName.line(), "三级指标“" + abbreviate(pendingName.text())
                    + "”没有指标值，已忽略 / the indicator has no target, ignored");
        }
        pendingName = cell;
    }

    private void addIndicator(Cell name, Cell targetCell) {
        if (category == null || subcategory == null) {
            warn(name.line(), "三级指标“" + abbreviate(name.text()) + "”之前没有一级/二级指标，已忽略"
                    + " / the indicator has no category or subcategory above it, ignored");
            return;
        }
        Target target = TargetParser.parse(targetCell.text(), subcategory);
        if (target.warning() != null) {
            warn(targetCell.line(), target.warning() + ": " + target.text());
        }
        project.indicators.add(new IndicatorDraft(table, category, subcategory, name.text(), target, null, name.line()));
    }

    private void attachBasis(Cell cell) {
        List<IndicatorDraft> list = project.indicators;
        if (list.isEmpty()) {
            return;
        }
        IndicatorDraft last = list.getLast();
        if (last.targetBasis() == null && last.table() == table) {
            list.set(list.size() - 1, new IndicatorDraft(last.table(), last.category(), last.subcategory(), last.name(),
                    last.target(), cell.text(), last.line()));
        }
    }

    private void openTable(GoalTable newTable) {
        closeTable();
        table = newTable;
        inGoals = false;
    }

    private void closeTable() {
        if (pendingName != null) {
            warn(pendingName.line(), "三级指标“" + abbreviate(pendingName.text())
                    + "”没有指标值，已忽略 / the indicator has no target, ignored");
            pendingName = null;
        }
        table = null;
        category = null;
        subcategory = null;
        explicitCategory = null;
    }

    private void finishProject() {
        closeTable();
        inGoals = false;
        expect = Expect.NOTHING;
        if (project == null) {
            return;
        }
        Builder b = project;
        project = null;
        if (b.name == null || b.name.isBlank()) {
            warn(b.line, "项目名称为空，该项目已忽略 / the project has no name and was skipped");
            return;
        }
        if (b.year == 0) {
            warn(b.line, "文件中没有年度（如“2025年项目支出绩效目标批复”），该项目已忽略 / no year found for project " + b.name);
            return;
        }
        if (b.budget == null) {
            warn(b.line, "项目“" + b.name + "”没有项目预算 / the project has no budget");
        }
        if (b.indicators.isEmpty()) {
            warn(b.line, "项目“" + b.name + "”没有任何绩效指标 / the project has no indicators");
        }
        projects.add(new ProjectDraft(b.name, b.year, b.budget, b.projectType, b.fundNature, b.basis, b.longTermGoal,
                b.annualGoal, List.copyOf(b.indicators), b.line));
    }

    private void noteOutsideProject(Cell cell) {
        warn(cell.line(), "项目名称之前的内容，已忽略 / text before any 项目名称, ignored: " + abbreviate(cell.text()));
    }

    private void expectOrInline(String text, String label, Expect next) {
        String rest = text.substring(label.length()).replaceFirst("^[：:\\s]+", "").strip();
        if (rest.isEmpty()) {
            expect = next;
        } else {
            expect = next;
            acceptExpected(new Cell(rest, rest, 0, false));
        }
    }

    private boolean isLabel(String text) {
        return text.startsWith("项目名称") || text.startsWith("项目预算") || text.startsWith("项目类型")
                || text.startsWith("资金性质") || text.startsWith("立项依据") || text.contains("绩效目标表")
                || text.contains("项目绩效总目标");
    }

    private static boolean isHeaderRow(List<Cell> cells, int start) {
        int end = endOfRow(cells, start);
        int headers = 0;
        for (int i = start; i < end; i++) {
            if (IndicatorVocabulary.isHeader(cells.get(i).text())) {
                headers++;
            }
        }
        return headers >= 2;
    }

    private static int endOfRow(List<Cell> cells, int start) {
        int end = start + 1;
        while (end < cells.size() && !cells.get(end).rowStart()) {
            end++;
        }
        return end;
    }

    private void warn(int line, String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new ImportProblem(line, message));
        } else {
            suppressedWarnings++;
        }
    }

    private ApprovalDocument result() {
        List<ImportProblem> all = new ArrayList<>(warnings);
        if (suppressedWarnings > 0) {
            all.add(new ImportProblem(0, "另有 " + suppressedWarnings + " 条警告未列出 / " + suppressedWarnings
                    + " more warnings not listed"));
        }
        if (projects.isEmpty()) {
            List<ImportProblem> errors = new ArrayList<>();
            errors.add(new ImportProblem(0, "文件中没有可导入的项目（需要“项目名称”行和绩效目标表）"
                    + " / no project found: a 项目名称 row and an indicator table are needed"));
            errors.addAll(all.subList(0, Math.min(all.size(), 20)));
            throw new ImportException(source, errors);
        }
        return new ApprovalDocument(source, List.copyOf(projects), List.copyOf(all));
    }

    private static String join(@Nullable String a, String b) {
        return a == null ? b : a + "\n" + b;
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static final class Builder {
        final int line;
        final int year;
        final List<IndicatorDraft> indicators = new ArrayList<>();
        @Nullable String name;
        @Nullable BigDecimal budget;
        @Nullable String projectType;
        @Nullable String fundNature;
        @Nullable String basis;
        @Nullable String longTermGoal;
        @Nullable String annualGoal;

        Builder(int line, int year) {
            this.line = line;
            this.year = year;
        }
    }
}
