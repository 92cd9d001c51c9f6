package org.attain.importing.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.XlsxCells;

/**
 * Reads a workbook, {@code .xlsx} or {@code .xls} (BIFF8), into one part per visible sheet, row by row and cell by
 * cell with their columns. A merged cell is one cell spanning its columns, given on its first row: the rows below it
 * are blank there, as a person reads a merged 一级指标 cell. Hidden sheets are left out and named.
 */
final class WorkbookReader {

    /** Rows read from one workbook, all sheets together: far more than any approval document holds. */
    static final int MAX_ROWS = 100_000;

    private WorkbookReader() {}

    static SourceDocument read(String source, byte[] bytes, Format format) {
        if (format == Format.XLSX) {
            ZipLimits.check(source, bytes);
        }
        List<Part> parts = new ArrayList<>();
        List<ImportProblem> notes = new ArrayList<>();
        String kind = format == Format.XLS ? ".xls" : ".xlsx";
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            int rows = 0;
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    if (sheet.getPhysicalNumberOfRows() > 0) {
                        notes.add(ImportProblem.of(0, "import.sheet.hidden", sheet.getSheetName()));
                    }
                    continue;
                }
                List<Row> sheetRows = rows(sheet, formatter, MAX_ROWS - rows);
                rows += sheetRows.size();
                if (!sheetRows.isEmpty()) {
                    parts.add(new Part(sheet.getSheetName(), new Where.SheetRow(sheet.getSheetName(), 0), sheetRows));
                }
                if (rows >= MAX_ROWS) {
                    notes.add(ImportProblem.of(0, "import.sheet.tooManyRows", MAX_ROWS));
                    break;
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new ImportException(source, ImportProblem.of(0, "import.format.encrypted"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ImportException(
                        source, ImportProblem.of(0, "import.format.zipBomb", ZipLimits.MAX_UNPACKED / 1024 / 1024));
            }
            throw new ImportException(
                    source,
                    ImportProblem.of(
                            0, "import.format.unreadable", kind, ImportProblem.quote(String.valueOf(e.getMessage()))));
        }
        return new SourceDocument(source, format, parts, notes);
    }

    private static List<Row> rows(Sheet sheet, DataFormatter formatter, int budget) {
        Map<Long, CellRangeAddress> mergedFrom = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            mergedFrom.put(key(region.getFirstRow(), region.getFirstColumn()), region);
            if ((long) region.getNumberOfCells() <= 100_000) {
                for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                            covered.add(key(r, c));
                        }
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (rows.size() >= budget) {
                break;
            }
            if (row.getZeroHeight()) {
                continue;
            }
            Where where = new Where.SheetRow(sheet.getSheetName(), row.getRowNum() + 1);
            List<Cell> cells = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                long k = key(row.getRowNum(), cell.getColumnIndex());
                if (covered.contains(k)) {
                    continue;
                }
                String raw = XlsxCells.text(cell, formatter);
                String clean = Markup.clean(raw);
                if (!clean.isEmpty()) {
                    CellRangeAddress region = mergedFrom.get(k);
                    int span = region == null ? 1 : region.getLastColumn() - region.getFirstColumn() + 1;
                    cells.add(new Cell(clean, raw, where, cell.getColumnIndex(), span));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new Row(cells, true));
            }
        }
        return rows;
    }

    private static long key(int row, int column) {
        return (long) row << 20 | column;
    }
}
