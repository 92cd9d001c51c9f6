package org.attain.importing.layout;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Part;
import org.attain.importing.read.Row;
import org.jspecify.annotations.Nullable;

/**
 * The budget year of a document's projects, as its title says ("2025年项目支出绩效目标批复", "项目支出绩效目标申报表" with
 * "（2021年度）" under it, a bracket of which a copied page may have lost: "2020年度）"); failing that, a year in the
 * project's name, the year the importer gave (the import form's year field, {@code --year}), the one year the text
 * names anywhere ("该项目于2020年初…申报"), or a year in the file name — each of these with a warning saying so.
 */
final class DocumentYear {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    private static final Pattern YEAR_LINE =
            Pattern.compile("[（(]\\s*((?:19|20)[0-9]{2})\\s*年度?\\s*[)）]?|[（(]?\\s*((?:19|20)[0-9]{2})\\s*年度\\s*[)）]?");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern TITLE = Pattern.compile("绩效目标(?:批复|申报|表)|申报表|批复表|自评表|监控表|目标表|绩效目标$|绩效目标[（(]|项目支出绩效");

    private int current;
    private final int fromFileName;
    /** The year the importer gave for a document that states none, or 0. */
    private final int given;
    /** The cell that names the only year the text names, when it names exactly one. */
    private final @Nullable Cell inText;

    DocumentYear(String fileName) {
        this(fileName, 0, null);
    }

    /** The year of the projects of a part of a document, with the year the importer gave (0 for none). */
    DocumentYear(String fileName, int given, @Nullable Part part) {
        Matcher m = FILE_YEAR.matcher(fileName);
        this.fromFileName = m.find() ? Integer.parseInt(m.group(1)) : 0;
        this.given = given;
        this.inText = part == null ? null : onlyYear(part);
    }

    private DocumentYear(DocumentYear other) {
        this.current = other.current;
        this.fromFileName = other.fromFileName;
        this.given = other.given;
        this.inText = other.inText;
    }

    /** The same year, for another reader of the same part: its current year changes apart from this one's. */
    DocumentYear copy() {
        return new DocumentYear(this);
    }

    /** The cell naming the one year ("2020年") that the whole part names, or null when it names none or several. */
    private static @Nullable Cell onlyYear(Part part) {
        TreeSet<Integer> years = new TreeSet<>();
        Cell first = null;
        for (Row row : part.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.text().indexOf('年') < 0) {
                    continue;
                }
                Matcher m = YEAR.matcher(cell.text());
                while (m.find()) {
                    years.add(Integer.parseInt(m.group(1)));
                    first = first == null ? cell : first;
                }
            }
        }
        return years.size() == 1 ? first : null;
    }

    /** The year of projects that start now (0 while the document has named none). */
    int current() {
        return current;
    }

    /**
     * The year of a finished project: the document's, else the one its name holds, the importer's, the one the text
     * names, the file name's (warned which); 0 when there is none (warned, saying how to give one).
     */
    int of(ProjectBuilder b, Problems problems) {
        if (b.year != 0 || current != 0) {
            return b.year != 0 ? b.year : current;
        }
        int named = inName(b.name == null ? "" : b.name);
        if (named != 0) {
            problems.warn(b.start, "import.warn.yearFromProjectName", named, Problems.quote(b.name));
            return named;
        }
        if (given != 0) {
            problems.warn(b.start, "import.warn.yearGiven", given);
            return given;
        }
        if (inText != null) {
            int year = inName(inText.text());
            problems.warn(b.start, "import.warn.yearFromText", year, inText.line(), Problems.quote(inText.text()));
            return year;
        }
        if (fromFileName != 0) {
            problems.warn(b.start, "import.warn.yearFromFileName", fromFileName);
            return fromFileName;
        }
        problems.warn(b.start, "import.warn.noYear", Problems.quote(b.name));
        return 0;
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
