package org.attain.importing.layout;

import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Pattern;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;
import org.attain.targets.TargetParser;

/**
 * The rows a form puts after its indicator table, which are no indicator: the blocks the approving offices sign and
 * stamp ("财政部门支出股室初审意见 (盖章)", "财政资金管理科室(盖章) 年 月 日") and the self-evaluation's "其他需要说明事项".
 * Their words would otherwise read as an indicator's name and its target of an unusual form.
 */
final class Closings {

    /** A stamp or a signature asked for, or the blank date beside it. */
    private static final Pattern SIGNED =
            Pattern.compile(".*(?:[（(][^（）()]{0,8}(?:盖章|签章|公章|签字|签名)[)）]|年\\s+月\\s+日(?:\\s|$)).*");
    /** The opinion an office writes on the form: 初审意见, 审核意见, 审批意见. */
    private static final Pattern OPINION = Pattern.compile("^\\S{0,24}(?:初审|审核|审批|审定|审查|复核)意见[：:]?$");
    /** The self-evaluation's free remarks below the table. */
    private static final Pattern REMARKS = Pattern.compile("^(?:其他|其它)?需要?说明(?:的)?(?:事项|问题|情况)[：:]?$");

    private Closings() {}

    /** Whether a row is a signature or remarks block: its first cell says so. */
    static boolean closing(Row row) {
        String first = row.cells().getFirst().text().strip();
        String label = first;
        for (int i = 0; i < first.length(); i++) {
            if (first.charAt(i) == ' ' || first.charAt(i) == '\u3000') {
                label = first.substring(0, i);
                break;
            }
        }
        // each pattern needs a character most first cells lack: a cheap test before it
        return mayBeSigned(first) && SIGNED.matcher(first).matches() && noTarget(row)
                || label.contains("意见") && OPINION.matcher(label).matches()
                || label.contains("说明") && REMARKS.matcher(label).matches();
    }

    /** Whether a text holds a character each form of {@link #SIGNED} needs (章 or 签 of a stamp, 日 of a date). */
    private static boolean mayBeSigned(String text) {
        return text.indexOf('章') >= 0 || text.indexOf('签') >= 0 || text.indexOf('日') >= 0;
    }

    /** Whether no word of the row is a target: an indicator's row that names a stamp is still an indicator. */
    private static boolean noTarget(Row row) {
        return row.cells().stream()
                .flatMap(c -> Arrays.stream(c.text().strip().split("[ \u3000]+")))
                .noneMatch(TargetParser::looksLikeTarget);
    }

    /** Whether a row is a closing block: then what the tables hold is flushed, and the row is warned of. */
    static boolean skipped(Row row, Collection<IndicatorTable> tables, Problems problems) {
        if (!closing(row)) {
            return false;
        }
        tables.forEach(IndicatorTable::flushPending);
        problems.warn(row.cells().getFirst(), "import.warn.closingRow", Problems.quote(text(row)));
        return true;
    }

    /** The row's words as one line, for the warning. */
    private static String text(Row row) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : row.cells()) {
            String t = c.text().strip();
            if (!t.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(t);
            }
        }
        return sb.toString();
    }
}
