package org.attain.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.base.XlsxStyles;
import org.attain.report.Paper.Cell;

/** The cell styles of the official tables: 宋体 10 pt as the forms are printed, bordered and wrapped in the table. */
final class PaperStyles {

    static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle line;
    final CellStyle note;
    final CellStyle header;
    private final CellStyle text;
    private final CellStyle centred;
    private final CellStyle bold;
    private final CellStyle amount;
    private final CellStyle rate;

    PaperStyles(XSSFWorkbook wb) {
        title = plain(wb, font(wb, 16, true), HorizontalAlignment.CENTER);
        line = plain(wb, font(wb, 10, false), HorizontalAlignment.LEFT);
        note = plain(wb, font(wb, 9, false), HorizontalAlignment.LEFT);
        Font body = font(wb, 10, false);
        Font strong = font(wb, 10, true);
        header = table(wb, strong, HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = table(wb, body, HorizontalAlignment.LEFT);
        centred = table(wb, body, HorizontalAlignment.CENTER);
        bold = table(wb, strong, HorizontalAlignment.CENTER);
        amount = table(wb, body, HorizontalAlignment.RIGHT);
        amount.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        rate = table(wb, body, HorizontalAlignment.RIGHT);
        rate.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    }

    /** The style of a body cell; 一级 and 二级 are centred in their merged cells. */
    CellStyle of(Cell cell, boolean category) {
        return switch (cell.kind()) {
            case AMOUNT -> cell.number() == null ? centred : amount;
            case RATE -> cell.number() == null ? centred : rate;
            case BOLD -> bold;
            case TEXT -> category ? centred : text;
        };
    }

    private static CellStyle table(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
        CellStyle style = XlsxStyles.wrapped(wb);
        style.setFont(font);
        style.setAlignment(align);
        return style;
    }

    private static CellStyle plain(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private static Font font(XSSFWorkbook wb, int points, boolean bold) {
        Font font = wb.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }
}
