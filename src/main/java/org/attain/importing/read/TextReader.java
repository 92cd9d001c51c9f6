package org.attain.importing.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;

/**
 * Reads a text document (UTF-8, GBK/GB18030 or UTF-16, see {@link TextDecoder}) into rows of cells. Cells may be
 * separated by tabs or by {@code |} (Markdown tables): such rows are tabular, their cells keep their column. Cells
 * separated by runs of two or more spaces, and lines with one cell, are read without columns; a line of words
 * separated by single spaces stays one cell, for the layout to split where it sees indicator words and targets.
 */
final class TextReader {

    /** The line breaks {@link #lines} splits at, kept to compare with it in a test. */
    static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n|\u2028|\u2029");

    private static final Pattern TABLE_RULE = Pattern.compile("\\|?[\\s:|-]+\\|?");
    private static final Pattern OUTER_PIPES = Pattern.compile("^[|｜]|[|｜]$");
    private static final Pattern TRAILING_PIPE = Pattern.compile("[|｜]$");
    private static final Pattern PIPE = Pattern.compile("[|｜]");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}|\u3000+| ?\u00a0+ ?");

    private TextReader() {}

    static SourceDocument read(String name, byte[] bytes) {
        TextDecoder.Decoded text = TextDecoder.decode(name, bytes);
        List<Row> rows = rows(text.text());
        List<ImportProblem> notes = new ArrayList<>();
        if (text.repaired() > 0) {
            notes.add(ImportProblem.of(0, "import.text.repaired", text.charset(), text.repaired()));
        }
        if (rows.isEmpty()) {
            throw new ImportException(name, ImportProblem.of(0, "import.text.blank"));
        }
        return new SourceDocument(name, Format.TEXT, List.of(new Part(null, new Where.TextLine(0), rows)), notes);
    }

    static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = lines(text);
        if (LedCells.applies(lines)) {
            return LedCells.rows(lines);
        }
        boolean markdown = markdown(lines);
        for (int i = 0; i < lines.length; i++) {
            Row row = row(lines[i], new Where.TextLine(i + 1), markdown);
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The lines of a text, split at {@code \r\n}, {@code \r}, {@code \n}, U+2028 and U+2029, trailing empty lines
     * kept: as {@code LINE_BREAK.split(text, -1)} gives them, in one pass without a regular expression (a large
     * document spent a tenth of its reading in that split).
     */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }

    /**
     * Whether the pipe-separated lines of a text are a Markdown table ({@code | a | b |}, outer pipes on every row)
     * rather than cells each followed by a pipe ({@code a | b |}, as a web page's table is copied), where a line that
     * starts with a pipe starts with an empty cell.
     */
    static boolean markdown(String[] lines) {
        int leading = 0;
        int other = 0;
        for (String line : lines) {
            String t = line.strip();
            if (isPipeRow(t)) {
                if (t.startsWith("|") || t.startsWith("｜")) {
                    leading++;
                } else {
                    other++;
                }
            }
        }
        return leading >= other;
    }

    /** One line as a row: tab- and pipe-separated fields keep their column, other cells have none. */
    static Row row(String line, Where where) {
        return row(line, where, true);
    }

    private static Row row(String line, Where where, boolean markdown) {
        List<Cell> cells = new ArrayList<>();
        if (line.indexOf('\t') >= 0) {
            String[] fields = line.split("\t", -1);
            for (int c = 0; c < fields.length; c++) {
                add(cells, fields[c], where, c);
            }
            return new Row(cells, true);
        }
        String trimmed = line.strip();
        if (oneCellWithPipe(trimmed)) {
            // a web page's table copied one cell per line ("项目名称 |", "        | 一级指标"): a cell of its own
            add(cells, OUTER_PIPES.matcher(trimmed).replaceAll(""), where, -1);
            return new Row(cells, false);
        }
        if (isPipeRow(trimmed)) {
            if (TABLE_RULE.matcher(trimmed).matches()) {
                return new Row(List.of(), false);
            }
            String inner = markdown
                    ? OUTER_PIPES.matcher(trimmed).replaceAll("")
                    : TRAILING_PIPE.matcher(trimmed).replaceAll("");
            String[] fields = PIPE.split(inner, -1);
            for (int c = 0; c < fields.length; c++) {
                add(cells, fields[c], where, c);
            }
            return new Row(cells, true);
        }
        for (String field : SPACE_RUN.split(line, -1)) {
            add(cells, field, where, -1);
        }
        return new Row(cells, false);
    }

    private static boolean oneCellWithPipe(String trimmed) {
        long pipes = trimmed.chars().filter(c -> c == '|' || c == '｜').count();
        return pipes == 1
                && trimmed.length() > 1
                && OUTER_PIPES.matcher(trimmed).find();
    }

    private static boolean isPipeRow(String trimmed) {
        if (trimmed.startsWith("|") || trimmed.startsWith("｜")) {
            return true;
        }
        long pipes = trimmed.chars().filter(c -> c == '|' || c == '｜').count();
        return pipes >= 2 && trimmed.indexOf('|') != 0;
    }

    private static void add(List<Cell> cells, String raw, Where where, int column) {
        String clean = Markup.clean(raw);
        if (!clean.isEmpty()) {
            cells.add(new Cell(clean, raw, where, column, 1));
        }
    }
}
