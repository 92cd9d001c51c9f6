package org.attain.importing;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The text of a workbook cell as its reader means it. Numbers are given in full, never as Excel's display rounds
 * them ({@code 1.23457E+11} for 123456789012, {@code 51.67} for 51.666); a percentage keeps its sign
 * ({@code 0.93} formatted as a percentage is {@code 93%}). A formula is never evaluated: its cached result is read,
 * as the person who saved the file saw it.
 */
public final class XlsxCells {

    private XlsxCells() {}

    public static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell, formatter);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String number(Cell cell, DataFormatter formatter) {
        double value = cell.getNumericCellValue();
        short format = cell.getCellStyle().getDataFormat();
        String pattern = cell.getCellStyle().getDataFormatString();
        if (DateUtil.isADateFormat(format, pattern)) {
            return formatter.formatRawCellContents(value, format, pattern);
        }
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        if (pattern != null && pattern.replaceAll("\"[^\"]*\"", "").contains("%")) {
            return exact.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return exact.stripTrailingZeros().toPlainString();
    }
}
