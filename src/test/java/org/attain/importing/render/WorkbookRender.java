package org.attain.importing.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.importing.ProjectDraft;

/**
 * Approval documents as workbooks: an old Excel file (.xls, BIFF8) with one project per sheet, and an .xlsx with all
 * projects stacked on one sheet. Merged cells are merged regions, their text in the first cell.
 */
public final class WorkbookRender {

    private WorkbookRender() {}

    /** One sheet per project, as .xls. */
    public static byte[] xls(List<ProjectDraft> projects) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            int n = 0;
            for (ProjectDraft p : projects) {
                Sheet sheet = wb.createSheet("项目" + ++n);
                write(sheet, 0, p);
            }
            return bytes(wb);
        }
    }

    /** All projects on one sheet, one below the other, as .xlsx. */
    public static byte[] stackedXlsx(List<ProjectDraft> projects) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("绩效目标");
            int r = 0;
            for (ProjectDraft p : projects) {
                r = write(sheet, r, p) + 2;
            }
            return bytes(wb);
        }
    }

    /** Any laid-out document on one sheet, as .xls ({@code old}) or .xlsx. */
    public static byte[] sheet(List<Layout.Item> items, boolean old) throws IOException {
        try (Workbook wb = old ? new HSSFWorkbook() : new XSSFWorkbook()) {
            write(wb.createSheet("Sheet1"), 0, items);
            return bytes(wb);
        }
    }

    private static int write(Sheet sheet, int start, ProjectDraft p) {
        return write(sheet, start, Layout.of(p));
    }

    private static int write(Sheet sheet, int start, List<Layout.Item> items) {
        int r = start;
        for (Layout.Item item : items) {
            switch (item) {
                case Layout.Paragraph para -> sheet.createRow(r++).createCell(0).setCellValue(para.text());
                case Layout.Table table -> r = table(sheet, r, table);
            }
        }
        return r;
    }

    private static int table(Sheet sheet, int start, Layout.Table table) {
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = sheet.createRow(start + i);
            List<Layout.Cell> cells = table.rows().get(i);
            for (int c = 0; c < cells.size(); c++) {
                Layout.Cell cell = cells.get(c);
                if (cell == null) {
                    continue;
                }
                row.createCell(c).setCellValue(cell.text());
                if (cell.columnSpan() > 1 || cell.rowSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(
                            start + i, start + i + cell.rowSpan() - 1, c, c + cell.columnSpan() - 1));
                }
            }
        }
        return start + table.rows().size();
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }
}
