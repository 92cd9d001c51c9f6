package org.attain.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads approval tables from an {@code .xlsx} workbook laid out like the official 绩效目标表: every sheet is read
 * row by row and cell by cell, and the same parser as for text documents places what it finds.
 */
final class XlsxApprovals {

    private XlsxApprovals() {
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static ApprovalDocument read(String source, byte[] bytes) {
        if (bytes.length > TextDocuments.MAX_BYTES) {
            throw new ImportException(source, "文件过大（上限 20 MB）/ the file is larger than 20 MB");
        }
        List<ProjectDraft> projects = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            for (Sheet sheet : workbook) {
                List<org.attain.importing.Cell> cells = cells(sheet, formatter);
                if (cells.isEmpty()) {
                    continue;
                }
                try {
                    ApprovalDocument doc = ApprovalParser.parse(source, cells);
                    projects.addAll(doc.projects());
                    doc.warnings().forEach(w -> warnings.add(inSheet(sheet, w)));
                } catch (ImportException e) {
                    e.getProblems().forEach(p -> errors.add(inSheet(sheet, p)));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(source, "无法读取 Excel 工作簿 / not a readable .xlsx workbook: " + e.getMessage());
        }
        if (projects.isEmpty()) {
            throw new ImportException(source, errors.isEmpty()
                    ? List.of(new ImportProblem(0, "工作簿中没有可导入的项目 / the workbook contains no project")) : errors);
        }
        return new ApprovalDocument(source, List.copyOf(projects), List.copyOf(warnings));
    }

    private static List<org.attain.importing.Cell> cells(Sheet sheet, DataFormatter formatter) {
        List<org.attain.importing.Cell> cells = new ArrayList<>();
        for (Row row : sheet) {
            boolean first = true;
            for (Cell cell : row) {
                String raw = formatter.formatCellValue(cell);
                String clean = TextDocuments.clean(raw);
                if (!clean.isEmpty()) {
                    cells.add(new org.attain.importing.Cell(clean, raw, row.getRowNum() + 1, first));
                    first = false;
                }
            }
        }
        return cells;
    }

    private static ImportProblem inSheet(Sheet sheet, ImportProblem p) {
        return new ImportProblem(p.line(), "工作表“" + sheet.getSheetName() + "” / sheet " + sheet.getSheetName() + ": "
                + p.message());
    }
}
