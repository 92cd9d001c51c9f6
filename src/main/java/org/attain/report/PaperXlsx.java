package org.attain.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.base.XlsxStyles;
import org.attain.report.Paper.Block;
import org.attain.report.Paper.Cell;

/**
 * Official tables as .xlsx, one sheet per paper, laid out for Excel, WPS and LibreOffice alike: merged title and
 * 一级/二级 cells, figures as numbers with two decimals, every row as tall as its wrapped text (spreadsheet programs do
 * not grow rows for merged or pre-styled cells), A4 landscape fitted to the width with the indicator header repeated on
 * every printed page.
 */
final class PaperXlsx {

    /** Points per line of 10-point text, as tall as the Chinese fonts of Office, WPS and LibreOffice draw it. */
    static final float LINE = 14.5f;

    private static final float PAD = 4f;

    private PaperXlsx() {}

    static byte[] write(List<Paper> papers, String title) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getProperties().getCoreProperties().setTitle(title);
            PaperStyles styles = new PaperStyles(wb);
            for (Paper paper : papers) {
                sheet(wb, styles, paper);
            }
            if (papers.isEmpty()) {
                Sheet empty = wb.createSheet(PaperWords.t("paper.empty"));
                empty.createRow(0).createCell(0).setCellValue(PaperWords.t("paper.empty"));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, PaperStyles s, Paper paper) {
        Sheet sheet = wb.createSheet(XlsxStyles.sheetName(wb, paper.sheetName()));
        int total = 0;
        for (int i = 0; i < paper.columns(); i++) {
            sheet.setColumnWidth(i, paper.widths()[i] * 256);
            total += paper.widths()[i];
        }
        int r = line(sheet, s.title, paper.title(), paper.columns(), 0, total, 22f);
        for (String line : paper.heading()) {
            r = line(sheet, s.line, line, paper.columns(), r, total, LINE);
        }
        int firstTable = r;
        int header = r;
        for (Block block : paper.blocks()) {
            header = r + (r > firstTable ? 1 : 0);
            r = block(sheet, s, paper, block, header);
        }
        r = line(sheet, s.line, paper.signOff(), paper.columns(), r + 1, total, LINE * 1.6f);
        for (String note : paper.notes()) {
            r = line(sheet, s.note, note, paper.columns(), r, total, 12f);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, 0, paper.columns() - 1));
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, paper.columns() - 1, 0, r - 1);
    }

    /** A text across the whole width (title, heading, note, sign-off), as tall as its wrapped lines. */
    private static int line(
            Sheet sheet, CellStyle style, String text, int columns, int r, int width, float lineHeight) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        row.setHeightInPoints(WrappedText.lines(text, width) * lineHeight + PAD);
        return r + 1;
    }

    private static int block(Sheet sheet, PaperStyles s, Paper paper, Block block, int first) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(block.header());
        rows.addAll(block.rows());
        List<int[]> runs = MergedRuns.of(block);
        float[] heights = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(first + i);
            int column = 0;
            int lines = 1;
            for (Cell cell : rows.get(i)) {
                boolean merged = i > 0 && MergedRuns.covers(runs, i - 1, column);
                for (int c = column; c < column + cell.span(); c++) {
                    row.createCell(c).setCellStyle(i == 0 ? s.header : s.of(cell, column < block.mergedColumns()));
                }
                if (cell.number() != null) {
                    row.getCell(column).setCellValue(cell.number().doubleValue());
                } else {
                    row.getCell(column).setCellValue(cell.text());
                }
                if (cell.span() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(first + i, first + i, column, column + cell.span() - 1));
                }
                if (!merged) {
                    lines = Math.max(lines, WrappedText.lines(cell.text(), width(paper, column, cell.span())));
                }
                column += cell.span();
            }
            heights[i] = lines * LINE + PAD;
        }
        for (int[] run : runs) {
            int top = run[0] + 1;
            int bottom = run[1] + 1;
            String text = rows.get(top).get(run[2]).text();
            float needed = WrappedText.lines(text, paper.widths()[run[2]]) * LINE + PAD;
            float have = 0;
            for (int i = top; i <= bottom; i++) {
                have += heights[i];
                if (i > top) {
                    sheet.getRow(first + i).getCell(run[2]).setBlank();
                }
            }
            heights[bottom] += Math.max(0, needed - have);
            sheet.addMergedRegion(new CellRangeAddress(first + top, first + bottom, run[2], run[2]));
        }
        for (int i = 0; i < rows.size(); i++) {
            sheet.getRow(first + i).setHeightInPoints(heights[i]);
        }
        return first + rows.size();
    }

    private static double width(Paper paper, int column, int span) {
        double w = 0;
        for (int c = column; c < column + span && c < paper.columns(); c++) {
            w += paper.widths()[c];
        }
        return w;
    }
}
