package org.attain.monitoring.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.base.XlsxStyles;
import org.attain.i18n.Texts;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.BudgetInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.EntrySheet;
import org.attain.security.Audit;
import org.attain.status.Checkpoint;
import org.attain.status.ProgressProfile;
import org.attain.status.StatusEngine;
import org.springframework.stereotype.Component;

/**
 * The checkpoint's monitoring table to fill in: one row per annual indicator, pre-filled with targets and the values
 * stored so far, plus a budget sheet. Its headers are the ones {@link ActualsImportService} reads back; the version
 * column detects values changed by someone else between download and upload. Like the official forms it is in
 * Chinese, whoever downloads it; its words are read back in either language.
 */
@Component
public class MonitoringWorkbook {

    private static final Texts FORM = Texts.chinese();

    private static final String[] ACTUAL_COLUMNS = {
        Columns.PROJECT,
        Columns.INDICATOR_ID,
        Columns.CATEGORY,
        Columns.SUBCATEGORY,
        Columns.INDICATOR,
        Columns.TARGET,
        Columns.EXPECTED,
        Columns.CHECKPOINT,
        Columns.ACTUAL,
        Columns.FORECAST,
        Columns.LIKELIHOOD,
        Columns.REASONS,
        Columns.REASON_TEXT,
        Columns.CORRECTIVE_ACTION,
        Columns.NOTE,
        Columns.VERSION
    };
    private static final String[] BUDGET_COLUMNS = {
        Columns.PROJECT,
        Columns.CHECKPOINT,
        Columns.ANNUAL_BUDGET,
        Columns.ADJUSTMENT_REASON,
        Columns.EXECUTED,
        Columns.FORECAST,
        Columns.VERSION
    };

    private final Audit audit;

    MonitoringWorkbook(Audit audit) {
        this.audit = audit;
    }

    public byte[] write(List<EntrySheet> sheets, Checkpoint at) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = XlsxStyles.header(wb);
            Sheet actuals = wb.createSheet(FORM.text(at) + "执行情况");
            headerRow(actuals, ACTUAL_COLUMNS, header, true);
            int r = 1;
            for (EntrySheet sheet : sheets) {
                for (EntryRow row : sheet.rows()) {
                    writeActual(actuals.createRow(r++), sheet, row, at);
                }
            }
            Sheet budget = wb.createSheet(FORM.text(at) + "预算执行");
            headerRow(budget, BUDGET_COLUMNS, header, false);
            r = 1;
            for (EntrySheet sheet : sheets) {
                writeBudget(budget.createRow(r++), sheet, at);
            }
            int[] widths = {28, 8, 10, 14, 36, 12, 12, 10, 14, 14, 12, 16, 24, 24, 16, 6};
            for (int i = 0; i < widths.length; i++) {
                actuals.setColumnWidth(i, widths[i] * 256);
            }
            actuals.setColumnHidden(15, true);
            actuals.createFreezePane(0, 1);
            budget.setColumnWidth(0, 28 * 256);
            budget.setColumnWidth(3, 24 * 256);
            wb.write(out);
            audit.exported(
                    "monitoring-workbook",
                    "xlsx",
                    at.iso(),
                    sheets.size() == 1 ? sheets.getFirst().project().getId() : null,
                    sheets.size() == 1 ? sheets.getFirst().project().getName() : sheets.size() + " projects");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headerRow(Sheet sheet, String[] columns, CellStyle style, boolean actuals) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            String label = columns[i].equals(Columns.FORECAST) && !actuals
                    ? "全年预计执行数（万元）"
                    : columns[i].equals(Columns.EXECUTED)
                            ? "执行数（万元）"
                            : columns[i].equals(Columns.ANNUAL_BUDGET) ? "全年预算数（万元）" : Columns.chinese(columns[i]);
            row.createCell(i).setCellValue(label);
            row.getCell(i).setCellStyle(style);
        }
    }

    private static void writeActual(Row row, EntrySheet sheet, EntryRow entry, Checkpoint at) {
        ActualInput s = entry.stored();
        var indicator = entry.indicator();
        var target = indicator.getTarget();
        ProgressProfile profile = indicator.getProgressProfile();
        String expected = target.isQualitative() || target.value() == null
                ? ""
                : plain(StatusEngine.expectedByNow(target, profile, at)) + (target.unit() == null ? "" : target.unit());
        String[] values = {
            sheet.project().getName(),
            String.valueOf(indicator.getId()),
            indicator.getCategory(),
            indicator.getSubcategory(),
            indicator.getName(),
            target.text(),
            expected,
            at.iso(),
            s.actual() != null ? plain(s.actual()) : FORM.text(s.actualLevel()),
            s.forecast() != null ? plain(s.forecast()) : FORM.text(s.forecastLevel()),
            FORM.text(s.likelihood()),
            s.reasons().stream().map(FORM::text).sorted().collect(Collectors.joining(";")),
            nz(s.reasonText()),
            nz(s.correctiveAction()),
            nz(s.note()),
            s.version() == null ? "" : String.valueOf(s.version())
        };
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void writeBudget(Row row, EntrySheet sheet, Checkpoint at) {
        BudgetInput b = sheet.budget();
        BigDecimal annual = b.adjustedBudget() != null
                ? b.adjustedBudget()
                : sheet.project().getBudget();
        String[] values = {
            sheet.project().getName(),
            at.iso(),
            plain(annual),
            nz(b.adjustmentReason()),
            b.executed() == null ? "" : plain(b.executed()),
            b.forecast() == null ? "" : plain(b.forecast()),
            b.version() == null ? "" : String.valueOf(b.version())
        };
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
