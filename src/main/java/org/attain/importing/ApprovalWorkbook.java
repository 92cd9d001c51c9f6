package org.attain.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.base.XlsxStyles;
import org.attain.indicator.GoalTable;

/**
 * Writes approval tables as an {@code .xlsx} workbook in the official 绩效目标表 layout, one sheet per project:
 * the blank template, or a project's current targets. {@link ApprovalDocuments} reads it back.
 */
public final class ApprovalWorkbook {

    private static final String[] HEADER = {"目标名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"};

    private ApprovalWorkbook() {}

    /** A workbook with one sheet per project, filled with its approved targets. */
    public static byte[] filled(List<ProjectDraft> projects) {
        return write(projects);
    }

    /** An empty template with one example row per table to overwrite. */
    public static byte[] blank(int year) {
        ProjectDraft example = new ProjectDraft("（项目名称）", year, null, "常年性项目", "经费拨款", "", "", "", List.of(), 0);
        return write(List.of(example));
    }

    private static byte[] write(List<ProjectDraft> projects) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            int n = 0;
            for (ProjectDraft p : projects) {
                n++;
                String sheetName = XlsxStyles.sheetName(wb, n + " " + p.name());
                writeProject(wb.createSheet(sheetName), p, styles);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeProject(Sheet sheet, ProjectDraft p, Styles s) {
        int r = 0;
        Row title = sheet.createRow(r++);
        cell(title, 0, p.year() + "年项目支出绩效目标批复", s.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        cell(sheet.createRow(r++), 0, "金额单位：万元", null);
        r = labelled(sheet, r, "项目名称", p.name(), s);
        r = labelled(
                sheet,
                r,
                "项目预算",
                p.budget() == null ? "" : p.budget().stripTrailingZeros().toPlainString(),
                s);
        r = labelled(sheet, r, "项目类型", p.projectType(), s);
        r = labelled(sheet, r, "资金性质", p.fundNature(), s);
        r = labelled(sheet, r, "立项依据", p.basis(), s);
        cell(sheet.createRow(r++), 0, "项目绩效总目标", s.section);
        r = labelled(sheet, r, "长期绩效目标1", p.longTermGoal(), s);
        r = labelled(sheet, r, "年度绩效目标1", p.annualGoal(), s);
        r = table(sheet, r, "长期绩效目标表", "长期绩效目标1", p.indicators(GoalTable.LONG_TERM), s);
        table(sheet, r, "年度绩效目标表", "年度绩效目标1", p.indicators(GoalTable.ANNUAL), s);
        int[] widths = {16, 12, 18, 44, 16, 16};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static int labelled(Sheet sheet, int r, String label, String value, Styles s) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, s.header);
        cell(row, 1, value == null ? "" : value, s.wrap);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 5));
        return r + 1;
    }

    private static int table(Sheet sheet, int r, String title, String goal, List<IndicatorDraft> rows, Styles s) {
        cell(sheet.createRow(r++), 0, title, s.section);
        Row header = sheet.createRow(r++);
        for (int i = 0; i < HEADER.length; i++) {
            cell(header, i, HEADER[i], s.header);
        }
        int first = r;
        String lastCategory = null;
        String lastSub = null;
        int categoryStart = r;
        int subStart = r;
        for (IndicatorDraft i : rows) {
            Row row = sheet.createRow(r);
            cell(row, 0, r == first ? goal : "", s.wrap);
            boolean newCategory = !i.category().equals(lastCategory);
            boolean newSub = newCategory || !i.subcategory().equals(lastSub);
            if (newCategory) {
                merge(sheet, categoryStart, r - 1, 1);
                categoryStart = r;
            }
            if (newSub) {
                merge(sheet, subStart, r - 1, 2);
                subStart = r;
            }
            cell(row, 1, newCategory ? i.category() : "", s.wrap);
            cell(row, 2, newSub ? i.subcategory() : "", s.wrap);
            cell(row, 3, i.name(), s.wrap);
            cell(row, 4, i.target().text(), s.wrap);
            cell(row, 5, i.targetBasis() == null ? "计划值" : i.targetBasis(), s.wrap);
            lastCategory = i.category();
            lastSub = i.subcategory();
            r++;
        }
        merge(sheet, categoryStart, r - 1, 1);
        merge(sheet, subStart, r - 1, 2);
        merge(sheet, first, r - 1, 0);
        return r + 1;
    }

    private static void merge(Sheet sheet, int from, int to, int column) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(from, to, column, column));
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle section;
        final CellStyle header;
        final CellStyle wrap;

        Styles(XSSFWorkbook wb) {
            title = XlsxStyles.text(wb, 14);
            section = XlsxStyles.text(wb, 11);
            wrap = XlsxStyles.wrapped(wb);
            header = XlsxStyles.header(wb);
        }
    }
}
