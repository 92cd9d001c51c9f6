package org.attain.report;

/**
 * How many lines a text takes when a spreadsheet program wraps it in a column, so that a row can be given the height
 * its text needs: Excel, WPS and LibreOffice do not grow a row for wrapped text in merged cells, and each measures
 * differently otherwise. Widths are in characters of the default font; a Chinese character or a full-width sign is
 * almost two of them. The estimate errs on the generous side: a row a little too tall reads, one too short hides text.
 */
final class WrappedText {

    /** Room lost to the cell's padding, in characters. */
    private static final double PADDING = 1.5;

    private WrappedText() {}

    static int lines(String text, double width) {
        double room = Math.max(2, width - PADDING);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += linesOf(paragraph, room);
        }
        return Math.max(1, lines);
    }

    private static int linesOf(String paragraph, double room) {
        int lines = 1;
        double used = 0;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            double w = width(cp);
            if (used + w > room) {
                lines++;
                used = w;
            } else {
                used += w;
            }
        }
        return lines;
    }

    /** About two for Chinese, Japanese and Korean characters and full-width forms, one for the rest. */
    static double width(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0x2190 && codePoint <= 0x2BFF);
        return wide ? 1.85 : 1;
    }
}
