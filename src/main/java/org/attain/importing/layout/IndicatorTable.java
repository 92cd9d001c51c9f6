package org.attain.importing.layout;

import java.util.List;
import java.util.regex.Pattern;
import org.attain.importing.ImportProblem;
import org.attain.importing.ImportProblem.Label;
import org.attain.importing.IndicatorDraft;
import org.attain.importing.read.Cell;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.targets.Numbers;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * One indicator table of a project (long-term or annual) while it is read, as a person reads it: by what a cell says,
 * helped by the column it stands in when a header names the columns. Categories and subcategories are recognised by
 * their names and carried down, targets by their shape (or their column); a row shifted left or right, a missing header
 * row or a truncated name changes nothing. What cannot be placed is a warning at its place.
 */
final class IndicatorTable {

    /** The length of the 一级 and 二级 names the database keeps. */
    static final int LEVEL_MAX = 50;
    /** The longest text taken as a target of an unusual form because it ends the row of its name. */
    static final int UNUSUAL_TARGET_MAX = 30;
    /**
     * The same for a cell of its own in its row (a pipe or a grid cell): the qualitative target written as a sentence
     * ("显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展。") is the whole cell, not words running on.
     */
    static final int SENTENCE_TARGET_MAX = 60;
    /** The length of a target basis the database keeps. */
    static final int BASIS_MAX = 50;

    /** Words after the last number of a text: "12月底之前完成" is worded like a name, "≥5个" is not. */
    private static final Pattern WORDED_DUE = Pattern.compile("[0-9]\\D*\\p{IsIdeographic}{4,}$");

    final GoalTable table;
    private final ProjectBuilder project;
    private final Problems problems;
    /** Whether the columns of the cells are certain (not a text whose rows may have slid left or right). */
    private final boolean strict;

    private @Nullable String category;
    private @Nullable String subcategory;
    /** The category written in the current row, to correct it when its subcategory belongs elsewhere. */
    private @Nullable String explicitCategory;

    private @Nullable Cell pendingName;
    /** Whether the pending name reads like a target ("12月底之前完成"): a name only if a target follows in its row. */
    private boolean pendingLikeTarget;
    /**
     * Text of an unusual form on the line after a pending name (one cell per line): the name's target if a level
     * follows it ("基础教育巩固提高情况" / "巩固提高" / "效益指标"), else a name of its own.
     */
    private @Nullable Cell candidate;

    IndicatorTable(GoalTable table, ProjectBuilder project, Problems problems, boolean strict) {
        this.strict = strict;
        this.table = table;
        this.project = project;
        this.problems = problems;
    }

    void startRow() {
        explicitCategory = null;
    }

    /** A cell of the table, with the role of its column when a header named it. */
    void accept(Cell cell, @Nullable Role role) {
        accept(cell, role, false);
    }

    /**
     * A cell of the table; {@code lastInRow} when no cell follows it in its row, so that a name followed by text of
     * an unusual form at the end of a row reads as that name's target ("居民健康素养水平 较上年提高").
     */
    void accept(Cell cell, @Nullable Role role, boolean lastInRow) {
        String text = cell.text();
        if (pendingLikeTarget
                && (pendingName.line() != cell.line() || role != Role.VALUE && !TargetParser.looksLikeTarget(text))) {
            flushPending();
        }
        if (role == Role.GOAL_LABEL
                || Role.of(text) != null && role != Role.VALUE && role != Role.NAME
                || goalLabel(text) && role == null) {
            return;
        }
        if (candidate != null) {
            resolveCandidate(
                    role != Role.NAME && (Vocabulary.category(text) != null || Vocabulary.subcategory(text) != null));
        }
        String cat = role == Role.NAME ? null : Vocabulary.category(text);
        if (cat != null && cat.equals(explicitCategory) && subcategory == null && pendingName == null) {
            // the 二级 column repeats the 一级 ("满意度指标 | 满意度指标 | 群众幸福感"): the level as written
            subcategory = Names.oneLine(text);
            return;
        }
        if (cat != null) {
            flushPending();
            // a merged 一级 cell surfaces in the middle of its block (on any row of it): the 二级 above still holds
            boolean sameBlock = cat.equals(category) && subcategory != null && !project.indicators.isEmpty();
            category = cat;
            explicitCategory = cat;
            subcategory = sameBlock ? subcategory : null;
            return;
        }
        String sub = Vocabulary.subcategory(text);
        if (sub != null && sub.equals(subcategory) && !Vocabulary.fullSubcategory(text)) {
            // "服务对象满意度" under 服务对象满意度指标 is an indicator's name, not the subcategory again, shortened
            sub = null;
        }
        boolean newLine = pendingName != null && pendingName.line() != cell.line();
        if (sub != null
                && (pendingName == null || newLine)
                && (role != Role.NAME || !TargetParser.looksLikeTarget(text))) {
            flushPending();
            subcategory(cell, sub);
            return;
        }
        if (Vocabulary.isBasis(text) && role != Role.NAME) {
            attachBasis(cell);
            return;
        }
        if (strict && positional(cell, role)) {
            return;
        }
        if (role == Role.BASIS && !(pendingName != null && TargetParser.looksLikeTarget(text))) {
            attachBasis(cell);
            return;
        }
        if (Vocabulary.isSummary(text) && role != Role.VALUE) {
            flushPending();
            problems.warn(cell, "import.warn.summaryRow", Problems.quote(text));
            return;
        }
        boolean target = role == Role.VALUE || role != Role.NAME && TargetParser.looksLikeTarget(text);
        if (pendingName != null && target) {
            addIndicator(pendingName, cell);
            pendingName = null;
            pendingLikeTarget = false;
            return;
        }
        if (pendingName == null && target && TargetParser.looksLikeTarget(text)) {
            if (!lastInRow
                    && role == null
                    && !strict
                    && WORDED_DUE.matcher(text).find()) {
                // "12月底之前完成 | 100%": a name that reads like a due date, when a target follows it in its row
                pendingName = cell;
                pendingLikeTarget = true;
                return;
            }
            problems.warn(cell, "import.warn.targetWithoutName", Problems.quote(text));
            return;
        }
        if (pendingName != null
                && lastInRow
                && !strict
                && pendingName.line() == cell.line()
                && pendingName.where().equals(cell.where())
                && text.length() <= (cell.positioned() ? SENTENCE_TARGET_MAX : UNUSUAL_TARGET_MAX)) {
            addIndicator(pendingName, cell);
            pendingName = null;
            return;
        }
        if (pendingName != null
                && !strict
                && role == null
                && pendingName.line() != cell.line()
                && text.length() <= UNUSUAL_TARGET_MAX) {
            candidate = cell;
            return;
        }
        flushPending();
        pendingName = cell;
    }

    /** The text after a pending name: its target when a level follows ({@code levelFollows}), else a name. */
    private void resolveCandidate(boolean levelFollows) {
        Cell said = candidate;
        candidate = null;
        if (levelFollows && category != null && subcategory != null) {
            Cell name = pendingName;
            pendingName = null;
            addIndicator(name, said);
            return;
        }
        flushPending();
        pendingName = said;
    }

    /**
     * In a table whose columns are certain (a workbook, a Word or PDF table), a level written in its column is that
     * level even when its name is not a usual one. True when the cell was taken so.
     */
    private boolean positional(Cell cell, @Nullable Role role) {
        String text = cell.text();
        if (role == Role.SUBCATEGORY && pendingName == null && !TargetParser.looksLikeTarget(text)) {
            subcategory(cell, fitting(cell, text));
            return true;
        }
        if (role == Role.CATEGORY && !TargetParser.looksLikeTarget(text)) {
            flushPending();
            category = fitting(cell, text);
            explicitCategory = category;
            subcategory = null;
            problems.warn(cell, "import.warn.unknownCategory", Problems.quote(text));
            return true;
        }
        return false;
    }

    private static boolean goalLabel(String text) {
        ProjectLabel.Found found = ProjectLabel.of(text);
        return found != null
                && found.rest().isEmpty()
                && (found.label() == ProjectLabel.LONG_GOAL || found.label() == ProjectLabel.ANNUAL_GOAL);
    }

    /** A name that got no target: warned, and forgotten. */
    void flushPending() {
        if (candidate != null) {
            resolveCandidate(false);
        }
        if (pendingName != null && pendingLikeTarget) {
            problems.warn(pendingName, "import.warn.targetWithoutName", Problems.quote(pendingName.text()));
            pendingName = null;
            pendingLikeTarget = false;
        }
        if (pendingName != null) {
            Names.Cleaned name = Names.clean(pendingName.text());
            if (name.name().isEmpty()) {
                problems.warn(pendingName, "import.warn.emptyTemplateRow", Problems.quote(pendingName.text()));
            } else {
                problems.warn(pendingName, "import.warn.noTarget", Problems.quote(name.name()));
            }
            pendingName = null;
        }
    }

    boolean hasPendingName() {
        return pendingName != null;
    }

    private void subcategory(Cell cell, String sub) {
        String implied = Vocabulary.SUBCATEGORIES.get(sub);
        if (implied == null) {
            if (category == null) {
                problems.warn(cell, "import.warn.subcategoryWithoutCategory", Problems.quote(sub));
            }
            subcategory = sub;
            return;
        }
        boolean costOfOutput = Vocabulary.COST.equals(explicitCategory) && Vocabulary.OUTPUT.equals(implied);
        if (explicitCategory != null && !explicitCategory.equals(implied) && !costOfOutput) {
            problems.warn(cell, "import.warn.categoryCorrected", sub, implied, explicitCategory);
        }
        category = costOfOutput ? Vocabulary.COST : implied;
        subcategory = sub;
    }

    private String fitting(Cell cell, String text) {
        String oneLine = Names.oneLine(text);
        if (oneLine.length() > LEVEL_MAX) {
            problems.refuse(cell.where()
                    .locate(ImportProblem.tooLong(cell.line(), new Label("field.level"), oneLine, LEVEL_MAX)));
        }
        return oneLine;
    }

    /**
     * A row that gives a name its weight and score but no target ({@link ScoredRows}): the indicator is imported
     * without a target, qualitative, and the warning asks for one.
     */
    void acceptUntargeted(Cell nameCell) {
        flushPending();
        addIndicator(nameCell, null);
    }

    private void addIndicator(Cell nameCell, @Nullable Cell targetCell) {
        Names.Cleaned cleaned = Names.clean(nameCell.text());
        String name = cleaned.name();
        if (name.isEmpty()) {
            problems.warn(nameCell, "import.warn.emptyTemplateRow", Problems.quote(nameCell.text()));
            return;
        }
        if (category == null || subcategory == null) {
            problems.warn(nameCell, "import.warn.noLevels", Problems.quote(name));
            return;
        }
        if (cleaned.removed() != null) {
            problems.warn(
                    nameCell,
                    "import.warn.placeholderRemoved",
                    Problems.quote(cleaned.removed()),
                    Problems.quote(name));
        }
        if (name.length() > Indicator.NAME_MAX) {
            problems.refuse(nameCell.where()
                    .locate(ImportProblem.tooLong(
                            nameCell.line(), new Label("field.indicatorName"), name, Indicator.NAME_MAX)));
            return;
        }
        if (targetCell == null) {
            add(nameCell, name, TargetParser.parse("", subcategory));
            problems.warn(nameCell, "import.warn.scoredWithoutTarget", Problems.quote(name));
            return;
        }
        String targetText = Names.oneLine(targetCell.text());
        if (Names.unfilled(targetText)) {
            problems.warn(
                    targetCell, "import.warn.emptyTemplateRow", Problems.quote(nameCell.text() + " " + targetText));
            return;
        }
        if (targetText.length() > Indicator.TARGET_MAX) {
            problems.refuse(targetCell
                    .where()
                    .locate(ImportProblem.tooLong(
                            targetCell.line(), new Label("field.target"), targetText, Indicator.TARGET_MAX)));
            return;
        }
        Target target = TimeLimits.of(name, TargetParser.parse(targetText, subcategory));
        if (target.value() != null) {
            Numbers.Refusal refusal = Numbers.Limit.VALUE.check(target.value());
            if (refusal != null) {
                problems.refuse(targetCell
                        .where()
                        .locate(ImportProblem.number(
                                targetCell.line(),
                                new Label("field.target"),
                                targetText,
                                refusal,
                                Numbers.Limit.VALUE)));
                return;
            }
        }
        if (target.warning() != null) {
            problems.warn(targetCell, target.warning(), target.warningArgs().toArray());
        }
        add(nameCell, name, target);
    }

    private void add(Cell nameCell, String name, Target target) {
        Integer first = project.indicatorLines.putIfAbsent(table + "\u0000" + name, nameCell.line());
        if (first != null) {
            problems.refuse(
                    nameCell,
                    "refused.duplicateIndicator",
                    Problems.quote(name),
                    new Label(table == GoalTable.ANNUAL ? "project.table.annual" : "project.table.longterm"),
                    first,
                    nameCell.line());
            return;
        }
        project.indicators.add(new IndicatorDraft(table, category, subcategory, name, target, null, nameCell.line()));
    }

    private void attachBasis(Cell cell) {
        List<IndicatorDraft> list = project.indicators;
        if (list.isEmpty() || list.getLast().table() != table || list.getLast().targetBasis() != null) {
            if (!Vocabulary.isBasis(cell.text())) {
                problems.warn(cell, "import.warn.basisWithoutIndicator", Problems.quote(cell.text()));
            }
            return;
        }
        String basis = Names.oneLine(cell.text());
        if (basis.length() > BASIS_MAX) {
            problems.warn(cell, "import.warn.basisTooLong", Problems.quote(basis), BASIS_MAX);
            return;
        }
        IndicatorDraft last = list.getLast();
        list.set(
                list.size() - 1,
                new IndicatorDraft(
                        last.table(),
                        last.category(),
                        last.subcategory(),
                        last.name(),
                        last.target(),
                        basis,
                        last.line()));
    }
}
