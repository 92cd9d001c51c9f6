package org.attain.importing.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page's table copied with each row's first cell at the start of a line and its other cells on lines of their
 * own led by a pipe ("项目决策⏎        | 数量指标⏎        | 宣传次数⏎        | 至少全年完成2次宣传⏎        | |"): the lines
 * of a row are put back together as one tabular row, each cell keeping its own line. An indented line without a pipe
 * continues the cell above (a wrapped cell: "社会效益⏎       指标"); a line of pipes alone, or a blank line, ends the row.
 */
final class LedCells {

    /** A cell on a line of its own, led by spaces and a pipe. */
    private static final Pattern LED = Pattern.compile("^\\s+[|｜]\\s?(.*)$");
    /** How many led lines make a document of this layout. */
    private static final int ENOUGH = 3;

    private LedCells() {}

    static boolean applies(String[] lines) {
        int led = 0;
        for (String line : lines) {
            Matcher m = LED.matcher(line);
            if (m.matches()
                    && !m.group(1).isBlank()
                    && m.group(1).replaceAll("[|｜\\s]", "").length() > 0) {
                led++;
            }
        }
        return led >= ENOUGH;
    }

    static List<Row> rows(String[] lines) {
        List<Row> rows = new ArrayList<>();
        List<Cell> group = new ArrayList<>();
        String first = null;
        int firstLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Where where = new Where.TextLine(i + 1);
            Matcher m = LED.matcher(line);
            if (m.matches()) {
                String text = m.group(1).strip();
                boolean end = text.isEmpty() || text.replaceAll("[|｜\\s]", "").isEmpty();
                if (!end) {
                    group.add(new Cell(Markup.clean(text), text, where, group.size(), 1));
                }
                if (end || text.endsWith("|")) {
                    close(rows, group, first, firstLine, lines);
                    first = null;
                }
                continue;
            }
            if (line.isBlank()) {
                close(rows, group, first, firstLine, lines);
                first = null;
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !group.isEmpty()) {
                // a wrapped cell: its second line
                Cell last = group.getLast();
                group.set(group.size() - 1, last.withText(last.text() + line.strip()));
                continue;
            }
            close(rows, group, first, firstLine, lines);
            group.add(new Cell(Markup.clean(line.strip()), line, where, 0, 1));
            first = line;
            firstLine = i;
        }
        close(rows, group, first, firstLine, lines);
        return rows;
    }

    /** A row of several cells as a tabular row; a line alone as the text reader reads any line. */
    private static void close(List<Row> rows, List<Cell> group, String first, int firstLine, String[] lines) {
        if (group.size() == 1 && first != null) {
            Row row = TextReader.row(lines[firstLine], new Where.TextLine(firstLine + 1));
            if (!row.isEmpty()) {
                rows.add(row);
            }
        } else if (!group.isEmpty()) {
            rows.add(new Row(List.copyOf(group), true));
        }
        group.clear();
    }
}
