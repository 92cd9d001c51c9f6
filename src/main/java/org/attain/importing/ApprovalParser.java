package org.attain.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.project.Project;
import org.attain.targets.Numbers;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.attain.importing.ImportProblem.Label;
import org.jspecify.annotations.Nullable;

/**
 * Reads approval documents (绩效目标批复) from a stream of cells, as a person reads them: by what a cell says, not
 * where it stands. Categories and subcategories are recognised by their names and carried down the table, targets
 * by their shape; a row shifted left or right, a missing header row or a truncated name changes nothing.
 * Every cell that cannot be placed becomes a warning with its line number. What is wrong rather than misplaced is
 * refused, never reinterpreted: a budget that is not a number written whole, a value too large or too long for its
 * column, a project or an indicator written twice (both lines named).
 */
final class ApprovalParser {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    private static final Pattern LONG_GOAL_LABEL = Pattern.compile("长期绩效目标[0-9]*");
    private static final Pattern ANNUAL_GOAL_LABEL = Pattern.compile("年度绩效目标[0-9]*");
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("^[：:\\s]+");
    private static final int MAX_WARNINGS = 500;
    private static final int MAX_ERRORS = 100;
    private static final BigDecimal YUAN_IN_WAN = new BigDecimal("0.0001");
    /** A budget as written, before it is converted to 万元: up to 4 more places either side. */
    private static final Numbers.Limit BUDGET_AS_WRITTEN = new Numbers.Limit(
            Numbers.Limit.MONEY.integerDigits() + 4, Numbers.Limit.MONEY.scale() + 4);

    private enum Expect { NOTHING, PROJECT_NAME, BUDGET, PROJECT_TYPE, FUND_NATURE, BASIS, LONG_GOAL, ANNUAL_GOAL }

    private final String source;
    private final List<ProjectDraft> projects = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();
    private final Map<String, Integer> projectLines = new HashMap<>();
    private int suppressedWarnings;
    private int suppressedErrors;

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

    /** What one stream of cells holds: projects and warnings, and the refusals that make the document unusable. */
    record Result(List<ProjectDraft> projects, List<ImportProblem> warnings, List<ImportProblem> errors) {
    }

    /** Reads a document; throws {@link ImportException} when it is refused or holds no project. */
    static ApprovalDocument parse(String source, List<Cell> cells) {
        Result r = read(source, cells);
        if (!r.errors().isEmpty()) {
            throw new ImportException(source, r.errors());
        }
        if (r.projects().isEmpty()) {
            throw new ImportException(source, noProject(r.warnings()));
        }
        return new ApprovalDocument(source, r.projects(), r.warnings());
    }

    /** Reads a stream of cells without throwing: for a workbook, whose sheets are judged together. */
    static Result read(String source, List<Cell> cells) {
        ApprovalParser parser = new ApprovalParser(source);
        parser.run(cells);
        return parser.result();
    }

    static List<ImportProblem> noProject(List<ImportProblem> warnings) {
        List<ImportProblem> errors = new ArrayList<>();
        errors.add(new ImportProblem(0, "文件中没有可导入的项目（需要“项目名称”行和绩效目标表）"
                + " / no project found: a 项目名称 row and an indicator table are needed"));
        errors.addAll(warnings.subList(0, Math.min(warnings.size(), 20)));
        return errors;
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
            case PROJECT_NAME -> project.name = fitting(cell, "field.projectName", Project.NAME_MAX);
            case BUDGET -> project.budget = budget(cell);
            case PROJECT_TYPE -> project.projectType = fitting(cell, "field.projectType", Project.LABEL_MAX);
            case FUND_NATURE -> project.fundNature = fitting(cell, "field.fundNature", Project.LABEL_MAX);
            case BASIS -> project.basis = fitting(cell, "field.basis", cell.text(), Project.TEXT_MAX);
            case LONG_GOAL -> project.longTermGoal = fitting(cell, "field.longTermGoal",
                    join(project.longTermGoal, cell.text()), Project.TEXT_MAX);
            case ANNUAL_GOAL -> project.annualGoal = fitting(cell, "field.annualGoal",
                    join(project.annualGoal, cell.text()), Project.TEXT_MAX);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The budget in 万元, written as a whole number with an optional unit ({@code 52}, {@code 52万元},
     * {@code 520,000元}); anything else is refused with its line.
     */
    private @Nullable BigDecimal budget(Cell cell) {
        String text = cell.text().strip();
        BigDecimal factor = unitFactor;
        String number = text;
        if (text.endsWith("万元")) {
            number = text.substring(0, text.length() - 2);
            factor = BigDecimal.ONE;
        } else if (text.endsWith("元")) {
            number = text.substring(0, text.length() - 1);
            factor = YUAN_IN_WAN;
        }
        Label field = new Label("field.budget");
        try {
            BigDecimal written = Numbers.parse(number, BUDGET_AS_WRITTEN, false);
            BigDecimal wan = written.multiply(factor);
            Numbers.Refusal refusal = Numbers.Limit.MONEY.check(wan);
            if (refusal != null) {
                refuse(ImportProblem.number(cell.line(), field, text, refusal, Numbers.Limit.MONEY));
                return null;
            }
            return wan;
        } catch (Numbers.Refused e) {
            refuse(ImportProblem.number(cell.line(), field, text, e.reason(), Numbers.Limit.MONEY));
            return null;
        }
    }

    private String fitting(Cell cell, String field, int max) {
        return fitting(cell, field, cell.text(), max);
    }

    /** The text, or a refusal with its line when it is longer than its column. */
    private String fitting(Cell cell, String field, String text, int max) {
        if (text.length() > max) {
            refuse(ImportProblem.tooLong(cell.line(), new Label(field), text, max));
        }
        return text;
    }

    private boolean startsSection(Cell cell) {
        String text = cell.text();
        if (text.startsWith("项目名称")) {
            finishProject();
            project = new Builder(cell.line(), year);
            expectOrInline(cell, "项目名称", Expect.PROJECT_NAME);
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
            expectOrInline(cell, text.startsWith("项目预算") ? "项目预算" : text.substring(0, 4), Expect.BUDGET);
            return true;
        }
        if (text.startsWith("项目类型")) {
            expectOrInline(cell, "项目类型", Expect.PROJECT_TYPE);
            return true;
        }
        if (text.startsWith("资金性质")) {
            expectOrInline(cell, "资金性质", Expect.FUND_NATURE);
            return true;
        }
        if (text.startsWith("立项依据")) {
            expectOrInline(cell, "立项依据", Expect.BASIS);
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
        if (LONG_GOAL_LABEL.matcher(text).matches()) {
            expect = Expect.LONG_GOAL;
        } else if (ANNUAL_GOAL_LABEL.matcher(text).matches()) {
            expect = Expect.ANNUAL_GOAL;
        } else if (!IndicatorVocabulary.isHeader(text)) {
            warn(cell.line(), "总目标中无法识别的内容，已忽略 / unrecognised text among the goals, ignored: " + abbreviate(text));
        }
    }

    private void acceptTableCell(Cell cell) {
        String text = cell.text();
        if (LONG_GOAL_LABEL.matcher(text).matches() || ANNUAL_GOAL_LABEL.matcher(text).matches()
                || IndicatorVocabulary.isHeader(text)) {
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
        if (name.text().length() > Indicator.NAME_MAX) {
            refuse(ImportProblem.tooLong(name.line(), new Label("field.indicatorName"), name.text(),
                    Indicator.NAME_MAX));
            return;
        }
        if (targetCell.text().length() > Indicator.TARGET_MAX) {
            refuse(ImportProblem.tooLong(targetCell.line(), new Label("field.target"), targetCell.text(),
                    Indicator.TARGET_MAX));
            return;
        }
        Target target = TargetParser.parse(targetCell.text(), subcategory);
        if (target.value() != null) {
            Numbers.Refusal refusal = Numbers.Limit.VALUE.check(target.value());
            if (refusal != null) {
                refuse(ImportProblem.number(targetCell.line(), new Label("field.target"), targetCell.text(), refusal,
                        Numbers.Limit.VALUE));
                return;
            }
        }
        if (target.warning() != null) {
            warn(targetCell.line(), target.warning() + ": " + target.text());
        }
        Integer first = project.indicatorLines.putIfAbsent(table + "\u0000" + name.text(), name.line());
        if (first != null) {
            refuse(ImportProblem.of(name.line(), "refused.duplicateIndicator", ImportProblem.quote(name.text()),
                    new Label(table == GoalTable.ANNUAL ? "project.table.annual" : "project.table.longterm"), first,
                    name.line()));
            return;
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
        Integer first = projectLines.putIfAbsent(sameProject(b.year, b.name), b.line);
        if (first != null) {
            refuse(ImportProblem.of(b.line, "refused.duplicateProject", ImportProblem.quote(b.name), first, b.line));
            return;
        }
        projects.add(new ProjectDraft(b.name, b.year, b.budget, b.projectType, b.fundNature, b.basis, b.longTermGoal,
                b.annualGoal, List.copyOf(b.indicators), b.line));
    }

    private void noteOutsideProject(Cell cell) {
        warn(cell.line(), "项目名称之前的内容，已忽略 / text before any 项目名称, ignored: " + abbreviate(cell.text()));
    }

    private void expectOrInline(Cell cell, String label, Expect next) {
        String rest = LABEL_SEPARATOR.matcher(cell.text().substring(label.length())).replaceFirst("").strip();
        expect = next;
        if (!rest.isEmpty()) {
            acceptExpected(new Cell(rest, rest, cell.line(), false));
        }
    }

    /**
     * Two names the database takes for the same project (its unique key compares names ignoring case and trailing
     * spaces), in the same year.
     */
    static String sameProject(int year, String name) {
        return year + "\u0000" + name.strip().toLowerCase(Locale.ROOT);
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

    private void refuse(ImportProblem problem) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(problem);
        } else {
            suppressedErrors++;
        }
    }

    private Result result() {
        List<ImportProblem> all = new ArrayList<>(warnings);
        if (suppressedWarnings > 0) {
            all.add(new ImportProblem(0, "另有 " + suppressedWarnings + " 条警告未列出 / " + suppressedWarnings
                    + " more warnings not listed"));
        }
        List<ImportProblem> refused = new ArrayList<>(errors);
        if (suppressedErrors > 0) {
            refused.add(ImportProblem.of(0, "refused.more", suppressedErrors));
        }
        return new Result(List.copyOf(projects), List.copyOf(all), List.copyOf(refused));
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
        final Map<String, Integer> indicatorLines = new HashMap<>();
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
