package org.attain.base;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every workbook Attain writes shares (thin borders, bold grey headers), and sheet names made from
 * data. Every text Attain writes into a workbook is a text cell ({@code setCellValue(String)}), never a formula:
 * {@code =cmd|' /C calc'!A0} in a corrective action stays the text it is.
 */
public final class XlsxStyles {

    private XlsxStyles() {}

    public static CellStyle bordered(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Bordered, wrapped, vertically centred: the body cells of the official tables. */
    public static CellStyle wrapped(Workbook wb) {
        CellStyle style = bordered(wb);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    /** Bold on grey, bordered and wrapped: column headers. */
    public static CellStyle header(Workbook wb) {
        CellStyle style = wrapped(wb);
        style.setFont(bold(wb, 11));
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** A bold line without borders: titles (14 pt) and section names (11 pt). */
    public static CellStyle text(Workbook wb, int points) {
        CellStyle style = wb.createCellStyle();
        style.setFont(bold(wb, points));
        return style;
    }

    /**
     * A sheet name made from a project name: without the characters Excel forbids ({@code \\ / ? * [ ] :} and control
     * characters), without a quote at either end, at most 31 characters, and unique in the workbook (Excel compares
     * sheet names ignoring case).
     */
    public static String sheetName(Workbook wb, String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:\\p{Cntrl}]", " ").replaceAll("^[' ]+|[' ]+$", "");
        String base = cleaned.isEmpty() ? "Sheet" : cleaned;
        String candidate = cut(base, 31);
        for (int i = 2; wb.getSheet(candidate) != null; i++) {
            String suffix = "(" + i + ")";
            candidate = cut(base, 31 - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String cut(String s, int max) {
        String cut = s.length() > max ? s.substring(0, max) : s;
        return cut.replaceAll("'+$", "");
    }

    private static Font bold(Workbook wb, int points) {
        Font font = wb.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
