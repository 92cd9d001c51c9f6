package org.attain.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.assessment.Basis;
import org.attain.assessment.ScoreRow;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.base.XlsxStyles;
import org.attain.assessment.SelfEvaluation;
import org.attain.monitoring.IndicatorRow;
import org.attain.monitoring.ProjectStatus;

/**
 * The official tables as .xlsx that open cleanly in Excel and WPS: Chinese headers, merged category cells, number
 * formats, a print area and A4 landscape. One sheet per project.
 */
public final class ReportXlsxWriter {

    private ReportXlsxWriter() {
    }

    public static byte[] monitoring(List<ProjectStatus> projects) {
        return write(wb -> {
            Styles s = new Styles(wb);
            for (ProjectStatus p : projects) {
                Sheet sheet = wb.createSheet(sheetName(wb, p.name()));
                int r = title(sheet, s, p.checkpoint().year() + "年项目支出绩效运行监控表（" + p.checkpoint().label(false) + "）",
                        p.name(), 10);
                r = row(sheet, r, s.header, "年初预算数（万元）", "全年预算数（万元）", p.checkpoint().label(false) + "执行数（万元）",
                        p.checkpoint().label(false) + "执行率", "全年预计执行数（万元）", "偏差原因分析", "完成目标可能性",
                        "改进措施");
                Row funds = sheet.createRow(r++);
                number(funds, 0, p.initialBudget(), s.money);
                number(funds, 1, p.budget(), s.money);
                number(funds, 2, p.budgetStatus().executed(), s.money);
                if (p.budgetStatus().rate() != null) {
                    funds.createCell(3).setCellValue(p.budgetStatus().rate().doubleValue());
                }
                funds.getCell(3, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellStyle(s.percent);
                number(funds, 4, p.forecastSpending(), s.money);
                String[] deviation = Cells.deviation(p.budgetDeviation());
                for (int c = 0; c < deviation.length; c++) {
                    Cell cell = funds.createCell(5 + c);
                    cell.setCellValue(deviation[c]);
                    cell.setCellStyle(s.cell);
                }
                r++;
                r = row(sheet, r, s.header, "一级指标", "二级指标", "三级指标", "年度指标值", p.checkpoint().label(false) + "执行情况",
                        "全年预计完成情况", "偏差原因分析", "完成目标可能性", "改进措施", "备注");
                int first = r;
                for (IndicatorRow i : p.indicators()) {
                    r = row(sheet, r, s.cell, i.category(), i.subcategory(), i.name(), i.target().text(), Cells.actual(i),
                            Cells.forecast(i), i.reasonSummary(false), Cells.likelihood(i), Cells.text(i.correctiveAction()),
                            Cells.text(i.note()));
                }
                mergeRuns(sheet, first, r - 1, 0);
                mergeRuns(sheet, first, r - 1, 1);
                finish(wb, sheet, new int[] {10, 14, 30, 12, 14, 14, 26, 12, 26, 12}, r);
            }
        });
    }

    /** Title, sheet and total name the basis: "预计自评得分（按 1-6月 预测）" or "年末自评得分（最终）". */
    public static byte[] selfEvaluation(List<SelfEvaluation> evaluations) {
        Locale zh = MessagesI18NProvider.CHINESE;
        return write(wb -> {
            Styles s = new Styles(wb);
            if (!evaluations.isEmpty()) {
                wb.getProperties().getCoreProperties().setTitle(SelfEvaluationText.title(evaluations.getFirst(), zh));
            }
            for (SelfEvaluation e : evaluations) {
                Sheet sheet = wb.createSheet(sheetName(wb, e.projectName()));
                int r = title(sheet, s, SelfEvaluationText.title(e, zh), e.projectName(), 8);
                sheet.getRow(2).createCell(2).setCellValue(SelfEvaluationText.label(e, zh));
                boolean forecastSpending = e.isProjection() && e.budgetSource() == Basis.FORECAST;
                r = row(sheet, r, s.header, "年初预算数（万元）", "全年预算数（万元）",
                        forecastSpending ? "全年预计执行数（万元）" : "全年执行数（万元）", "分值",
                        e.isProjection() ? "预计执行率" : "执行率", "得分");
                Row funds = sheet.createRow(r++);
                number(funds, 0, e.initialBudget(), s.money);
                number(funds, 1, e.annualBudget(), s.money);
                number(funds, 2, e.executed(), s.money);
                number(funds, 3, e.budgetScore().weight(), s.money);
                if (e.executionRate() != null) {
                    funds.createCell(4).setCellValue(e.executionRate().doubleValue());
                }
                funds.getCell(4, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellStyle(s.percent);
                number(funds, 5, e.isProjection() && !e.budgetScore().scored() ? null : e.budgetScore().score(), s.money);
                r++;
                r = row(sheet, r, s.header, "一级指标", "二级指标", "三级指标", "年度指标值",
                        e.isProjection() ? "全年预计完成值" : "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
                int first = r;
                for (ScoreRow row : e.rows()) {
                    Row x = sheet.createRow(r++);
                    String[] texts = {row.category(), row.subcategory(), row.name(), row.target(),
                            SelfEvaluationText.value(e, row, zh)};
                    for (int c = 0; c < texts.length; c++) {
                        x.createCell(c).setCellValue(texts[c]);
                        x.getCell(c).setCellStyle(s.cell);
                    }
                    number(x, 5, row.score().weight(), s.money);
                    if (e.isProjection() && !row.score().scored()) {
                        x.createCell(6).setCellValue("—");
                        x.getCell(6).setCellStyle(s.cell);
                    } else {
                        number(x, 6, row.score().score(), s.money);
                    }
                    x.createCell(7).setCellValue(row.reasonsAndActions());
                    x.getCell(7).setCellStyle(s.cell);
                }
                mergeRuns(sheet, first, r - 1, 0);
                mergeRuns(sheet, first, r - 1, 1);
                Row total = sheet.createRow(r++);
                total.createCell(0).setCellValue(SelfEvaluationText.label(e, zh));
                total.getCell(0).setCellStyle(s.header);
                sheet.addMergedRegion(new CellRangeAddress(total.getRowNum(), total.getRowNum(), 0, 3));
                total.createCell(4).setCellValue("等级：" + (e.hasScore() ? e.grade().label(false) : "—"));
                total.getCell(4).setCellStyle(s.header);
                number(total, 5, e.possibleWeight(), s.money);
                number(total, 6, e.hasScore() ? e.total() : null, s.money);
                String note = SelfEvaluationText.unscoredNote(e, zh);
                if (note != null) {
                    total.createCell(7).setCellValue(note);
                    total.getCell(7).setCellStyle(s.cell);
                }
                finish(wb, sheet, new int[] {10, 14, 30, 12, 14, 8, 8, 36}, r);
            }
        });
    }

    private static int title(Sheet sheet, Styles s, String title, String project, int columns) {
        Row t = sheet.createRow(0);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(s.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        Row p = sheet.createRow(1);
        p.createCell(0).setCellValue("项目名称：" + project);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
        sheet.createRow(2).createCell(0).setCellValue("金额单位：万元");
        return 3;
    }

    private static int row(Sheet sheet, int r, CellStyle style, String... values) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
            row.getCell(i).setCellStyle(style);
        }
        return r + 1;
    }

    private static void number(Row row, int c, java.math.BigDecimal v, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
        if (v != null) {
            cell.setCellValue(v.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /** Merges runs of equal values in a column, as the official tables merge 一级/二级 cells. */
    private static void mergeRuns(Sheet sheet, int from, int to, int column) {
        int start = from;
        for (int r = from + 1; r <= to + 1; r++) {
            String prev = sheet.getRow(r - 1).getCell(column).getStringCellValue();
            String cur = r <= to ? sheet.getRow(r).getCell(column).getStringCellValue() : null;
            if (!prev.equals(cur)) {
                if (r - 1 > start) {
                    sheet.addMergedRegion(new CellRangeAddress(start, r - 1, column, column));
                }
                start = r;
            }
        }
    }

    private static void finish(XSSFWorkbook wb, Sheet sheet, int[] widths, int lastRow) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, widths.length - 1, 0, Math.max(0, lastRow - 1));
    }

    private static String sheetName(XSSFWorkbook wb, String name) {
        return XlsxStyles.sheetName(wb, name);
    }

    private static byte[] write(java.util.function.Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(wb);
            if (wb.getNumberOfSheets() == 0) {
                wb.createSheet("空");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle money;
        final CellStyle percent;

        Styles(XSSFWorkbook wb) {
            title = XlsxStyles.text(wb, 14);
            title.setAlignment(HorizontalAlignment.CENTER);
            cell = XlsxStyles.wrapped(wb);
            header = XlsxStyles.header(wb);
            header.setAlignment(HorizontalAlignment.CENTER);
            money = XlsxStyles.bordered(wb);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            percent = XlsxStyles.bordered(wb);
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        }

    }
}
