package org.attain.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV lines that are safe to open in Excel, WPS and LibreOffice. A cell that a spreadsheet would read as a
 * formula — it begins with {@code = + - @}, a tab or a carriage return, also after leading spaces or in full-width
 * form — is neutralised as OWASP recommends: a single quote is put before it and the cell is quoted, so that it shows
 * as the text it is ({@code =cmd|' /C calc'!A0} is never run). A number written plainly ({@code -2.5},
 * {@code +3}, {@code -12%}) is left alone: a spreadsheet reads it as the number it is and runs nothing.
 */
final class Csv {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?%?");

    private Csv() {}

    static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    /** One cell, neutralised when a spreadsheet would take it for a formula, quoted when it needs quotes. */
    static String cell(String value) {
        String c = value == null ? "" : value;
        boolean formula = isFormulaLike(c);
        if (formula) {
            c = "'" + c;
        }
        if (formula || c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
            return '"' + c.replace("\"", "\"\"") + '"';
        }
        return c;
    }

    static boolean isFormulaLike(String c) {
        if (c.isEmpty() || PLAIN_NUMBER.matcher(c).matches()) {
            return false;
        }
        int i = 0;
        while (i < c.length() && (c.charAt(i) == ' ' || c.charAt(i) == '\u3000' || c.charAt(i) == '\u00a0')) {
            i++;
        }
        if (i == c.length()) {
            return false;
        }
        // the first character as it is, or (after spaces, which some programs trim) the first one that is not a space
        return triggers(c.charAt(0)) || triggers(c.charAt(i));
    }

    private static boolean triggers(char ch) {
        return switch (ch) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠' -> true;
            default -> false;
        };
    }
}
