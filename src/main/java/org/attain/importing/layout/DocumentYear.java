package org.attain.importing.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.importing.read.Cell;

/**
 * The budget year of a document's projects, as its title says ("2025年项目支出绩效目标批复", "项目支出绩效目标申报表" with
 * "（2021年度）" under it, a bracket of which a copied page may have lost: "2020年度）"); failing that, a year in the file
 * name.
 */
final class DocumentYear {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    private static final Pattern YEAR_LINE =
            Pattern.compile("[（(]\\s*((?:19|20)[0-9]{2})\\s*年度?\\s*[)）]?|[（(]?\\s*((?:19|20)[0-9]{2})\\s*年度\\s*[)）]?");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern TITLE = Pattern.compile("绩效目标(?:批复|申报|表)|申报表|批复表|自评表|监控表|目标表|绩效目标$|绩效目标[（(]|项目支出绩效");

    private int current;
    private final int fromFileName;

    DocumentYear(String fileName) {
        Matcher m = FILE_YEAR.matcher(fileName);
        this.fromFileName = m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The year of projects that start now (0 while the document has named none). */
    int current() {
        return current;
    }

    int fromFileName() {
        return fromFileName;
    }

    /** The year a project's name starts with or holds ("2018年南岳镇资产收益扶贫项目"), or 0. */
    static int inName(String name) {
        Matcher m = YEAR.matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static boolean isTitle(String text) {
        return (text.indexOf('表') >= 0 || text.contains("绩效"))
                && text.length() <= 40
                && text.indexOf('，') < 0
                && text.indexOf('。') < 0
                && TITLE.matcher(text).find();
    }

    /** Whether a cell is a title or a year line, whose year now applies; true when the cell was used so. */
    boolean noticed(Cell cell) {
        String text = cell.text().strip();
        if (text.indexOf('年') < 0 && text.indexOf('表') < 0 && !text.contains("绩效")) {
            return false;
        }
        Matcher line = YEAR_LINE.matcher(text);
        if (line.matches()) {
            current = Integer.parseInt(line.group(1) != null ? line.group(1) : line.group(2));
            return true;
        }
        if (isTitle(text)) {
            Matcher m = YEAR.matcher(text);
            if (m.find()) {
                current = Integer.parseInt(m.group(1));
            }
            return true;
        }
        return false;
    }
}
