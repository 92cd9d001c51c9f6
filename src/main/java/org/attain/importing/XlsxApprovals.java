package org.attain.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        if (bytes.length > InputLimits.MAX_BYTES) {
            throw new ImportException(source, InputLimits.tooLarge(bytes.length));
        }
        List<ProjectDraft> projects = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        List<ImportProblem> refusals = new ArrayList<>();
        List<ImportProblem> noProject = new ArrayList<>();
        Map<String, String> firstSheet = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            for (Sheet sheet : workbook) {
                List<org.attain.importing.Cell> cells = cells(sheet, formatter);
                if (cells.isEmpty()) {
                    continue;
                }
                ApprovalParser.Result r = ApprovalParser.read(source, cells);
                r.warnings().forEach(w -> warnings.add(inSheet(sheet, w)));
                r.errors().forEach(e -> refusals.add(inSheet(sheet, e)));
                if (r.projects().isEmpty()) {
                    ApprovalParser.noProject(r.warnings()).forEach(p -> noProject.add(inSheet(sheet, p)));
                }
                for (ProjectDraft p : r.projects()) {
                    String key = ApprovalParser.sameProject(p.year(), p.name());
                    if (firstSheet.containsKey(key)) {
                        refusals.add(ImportProblem.of(p.line(), "refused.duplicateProjectInSheets",
                                ImportProblem.quote(p.name()), firstSheet.get(key), firstLine.get(key),
                                sheet.getSheetName(), p.line()));
                    } else {
                        firstSheet.put(key, sheet.getSheetName());
                        firstLine.put(key, p.line());
                        projects.add(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(source, "无法读取 Excel 工作簿 / not a readable .xlsx workbook: " + e.getMessage());
        }
        if (!refusals.isEmpty()) {
            throw new ImportException(source, refusals);
        }
        if (projects.isEmpty()) {
            throw new ImportException(source, noProject.isEmpty()
                    ? List.of(new ImportProblem(0, "工作簿中没有可导入的项目 / the workbook contains no project")) : noProject);
        }
        return new ApprovalDocument(source, List.copyOf(projects), List.copyOf(warnings));
    }

    private static List<org.attain.importing.Cell> cells(Sheet sheet, DataFormatter formatter) {
        List<org.attain.importing.Cell> cells = new ArrayList<>();
        for (Row row : sheet) {
            boolean first = true;
            for (Cell cell : row) {
                String raw = XlsxCells.text(cell, formatter);
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
        return ImportProblem.of(p.line(), "import.inSheet", sheet.getSheetName(), p);
    }
}
