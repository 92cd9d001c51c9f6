package org.attain.base;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles every workbook Attain writes shares: thin borders, and bold grey headers. */
public final class XlsxStyles {

    private XlsxStyles() {
    }

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

    private static Font bold(Workbook wb, int points) {
        Font font = wb.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
