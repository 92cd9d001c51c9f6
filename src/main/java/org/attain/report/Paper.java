package org.attain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One official table as it goes on paper: its title, the lines above the table (project, unit, amounts in 万元), its
 * blocks of rows on one grid of columns, notes under it and the sign-off line. The xlsx and the PDF are both drawn from
 * this model, so that they hold the same figures, rounded the same way, with the same merged 一级/二级 cells.
 *
 * @param sheetName the name of its sheet in a workbook (the project's name)
 * @param widths    the width of each column in characters of the spreadsheet's default font
 */
record Paper(
        String sheetName,
        String title,
        List<String> heading,
        int[] widths,
        List<Block> blocks,
        List<String> notes,
        String signOff) {

    int columns() {
        return widths.length;
    }

    /**
     * A header row and the rows under it. The first {@code mergedColumns} columns hold 一级 and 二级: runs of equal
     * values are one merged cell, as on the printed forms (a 二级 run never crosses a change of 一级).
     */
    record Block(List<Cell> header, List<List<Cell>> rows, int mergedColumns) {}

    /** What a cell shows: a text, or a number in the format the forms use (two decimals), spanning columns. */
    enum Kind {
        TEXT,
        AMOUNT,
        RATE,
        BOLD
    }

    /**
     * A cell: its text as printed and, for a figure, the rounded number behind it (a spreadsheet keeps it as a
     * number with the matching format, so that it shows exactly the printed text).
     */
    record Cell(String text, @Nullable BigDecimal number, Kind kind, int span) {

        static Cell text(@Nullable String text) {
            return new Cell(text == null ? "" : text, null, Kind.TEXT, 1);
        }

        static Cell bold(String text) {
            return new Cell(text, null, Kind.BOLD, 1);
        }

        /** An amount (万元), a weight or a score with two decimals: 52 → "52.00". */
        static Cell amount(@Nullable BigDecimal value) {
            BigDecimal rounded = value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
            return new Cell(rounded == null ? "" : rounded.toPlainString(), rounded, Kind.AMOUNT, 1);
        }

        /** A rate with two decimals in percent: 0.934615 → "93.46%" (the number kept is 0.9346). */
        static Cell rate(@Nullable BigDecimal share) {
            BigDecimal rounded = share == null ? null : share.setScale(4, RoundingMode.HALF_UP);
            return new Cell(
                    rounded == null
                            ? ""
                            : rounded.movePointRight(2)
                                            .setScale(2, RoundingMode.HALF_UP)
                                            .toPlainString() + "%",
                    rounded,
                    Kind.RATE,
                    1);
        }

        /** A figure there is none of (a projected line not scored): a dash in the figure's column. */
        static Cell dash() {
            return new Cell("—", null, Kind.AMOUNT, 1);
        }

        Cell spanning(int columns) {
            return new Cell(text, number, kind, columns);
        }
    }
}
