package org.attain.importing.layout;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.importing.ImportProblem;
import org.attain.importing.ImportProblem.Label;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;
import org.attain.targets.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * A project budget in 万元, written as a whole number with an optional unit ({@code 52}, {@code 52万元},
 * {@code 520,000元}, {@code 520000.00}); a document (or its 项目资金（元） block) may say all its amounts are in 元.
 * Anything else is refused with its place, never reinterpreted.
 */
final class Budgets {

    static final BigDecimal YUAN_IN_WAN = new BigDecimal("0.0001");
    /** A budget as written, before it is converted to 万元: up to 4 more places either side. */
    private static final Numbers.Limit AS_WRITTEN =
            new Numbers.Limit(Numbers.Limit.MONEY.integerDigits() + 4, Numbers.Limit.MONEY.scale() + 4);

    private static final Pattern UNIT_IN_LABEL = Pattern.compile("[（(]\\s*(万元|元)\\s*[)）]|单位\\s*[：:]\\s*(万元|元)");

    /** An amount, then an explanation in brackets or (after a space) words that are no part of it. */
    private static final Pattern FOLLOWED =
            Pattern.compile("([0-9][0-9,.]*\\s*(?:万元|万|元)?)((?:\\s*[（(].*[)）])|(?:\\s+\\S.*))");

    private Budgets() {}

    /**
     * In a list of indicators of several projects, the budget a row gives in the budget's column, when the project
     * has none yet. In a text, cells slide: what stands in that column is the budget only when it is an amount.
     */
    static void fromColumn(
            Row row,
            Columns columns,
            ProjectBuilder project,
            boolean gridColumns,
            BigDecimal unitFactor,
            Problems problems) {
        Columns.Column budget = columns.first(Role.BUDGET);
        Cell amount = Columns.in(row, budget);
        if (amount != null && project.budget == null && (gridColumns || looksLikeAmount(amount.text()))) {
            BigDecimal factor = factorIn(budget.header());
            project.budget = parse(amount, factor != null ? factor : unitFactor, problems);
        }
    }

    /** The factor to 万元 a label or a line names ("项目资金（元）", "金额单位：元"), or null when it names none. */
    static @Nullable BigDecimal factorIn(String text) {
        Matcher m = UNIT_IN_LABEL.matcher(text);
        if (m.find()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(2);
            return "元".equals(unit) ? YUAN_IN_WAN : BigDecimal.ONE;
        }
        if (text.startsWith("金额单位")) {
            return text.contains("万元") ? BigDecimal.ONE : text.contains("元") ? YUAN_IN_WAN : BigDecimal.ONE;
        }
        return null;
    }

    /** Whether a cell looks like an amount at all (a number, possibly with 元 or 万元). */
    static boolean looksLikeAmount(String text) {
        return AMOUNT.matcher(text.strip()).matches();
    }

    /** Whether a cell holds a digit at all: a label's value without one is no amount (a header, a sub-label). */
    static boolean holdsDigit(String text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９');
    }

    /**
     * The amount in 万元, or null after refusing it (the refusal names the cell). An amount followed by an explanation
     * in brackets or by the next label after a space ("854万(…)", "65 财政资金预算分类") is read, the rest noted.
     */
    static @Nullable BigDecimal parse(Cell cell, BigDecimal factor, Problems problems) {
        String text = cell.text().strip();
        if (!holdsDigit(text)) {
            problems.warn(cell, "import.warn.budgetNotAmount", Problems.quote(text));
            return null;
        }
        Matcher followed = FOLLOWED.matcher(text);
        if (followed.matches()) {
            problems.warn(
                    cell,
                    "import.warn.fieldNotImported",
                    Problems.quote(followed.group(1)),
                    Problems.quote(followed.group(2).strip()));
            text = followed.group(1).strip();
        }
        if (text.endsWith("万")) {
            text = text + "元";
        }
        String number = text;
        BigDecimal f = factor;
        if (text.endsWith("万元")) {
            number = text.substring(0, text.length() - 2);
            f = BigDecimal.ONE;
        } else if (text.endsWith("元")) {
            number = text.substring(0, text.length() - 1);
            f = YUAN_IN_WAN;
        }
        Label field = new Label("field.budget");
        try {
            BigDecimal wan = Numbers.parse(number, AS_WRITTEN, false).multiply(f);
            Numbers.Refusal refusal = Numbers.Limit.MONEY.check(wan);
            if (refusal != null) {
                problems.refuse(cell.where()
                        .locate(ImportProblem.number(cell.line(), field, text, refusal, Numbers.Limit.MONEY)));
                return null;
            }
            return wan.stripTrailingZeros().scale() < 0 ? wan.setScale(0) : wan.stripTrailingZeros();
        } catch (Numbers.Refused e) {
            problems.refuse(cell.where()
                    .locate(ImportProblem.number(cell.line(), field, text, e.reason(), Numbers.Limit.MONEY)));
            return null;
        }
    }

    private static final Pattern AMOUNT = Pattern.compile("[0-9０-９][0-9０-９,，.．]*\\s*(万元|元)?");
}
