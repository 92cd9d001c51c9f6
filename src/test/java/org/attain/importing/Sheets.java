package org.attain.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small workbooks for tests, written as text: one string per row, cells separated by {@code |}, an empty cell left
 * empty; merged regions added as {@code A1:A3}.
 */
final class Sheets {

    private final List<String> rows = new ArrayList<>();
    private final List<String> merges = new ArrayList<>();

    static Sheets of(String... rows) {
        Sheets s = new Sheets();
        s.rows.addAll(List.of(rows));
        return s;
    }

    Sheets merge(String... regions) {
        merges.addAll(List.of(regions));
        return this;
    }

    byte[] xlsx() {
        return write(new XSSFWorkbook());
    }

    byte[] xls() {
        return write(new HSSFWorkbook());
    }

    private byte[] write(Workbook wb) {
        try (wb;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("表1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = rows.get(r).split("\\|", -1);
                for (int c = 0; c < cells.length; c++) {
                    String value = cells[c].strip();
                    if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            for (String region : merges) {
                sheet.addMergedRegion(CellRangeAddress.valueOf(region));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
