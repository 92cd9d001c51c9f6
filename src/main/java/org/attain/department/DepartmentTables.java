package org.attain.department;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.assessment.DepartmentEvaluation;
import org.attain.base.Pdf;
import org.attain.base.XlsxStyles;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.i18n.MessagesI18NProvider.Messages;
import org.attain.i18n.Texts;
import org.jspecify.annotations.Nullable;

/** The department-wide self-evaluation as the official papers: an xlsx sheet and a PDF page (Chinese, as filed). */
final class DepartmentTables {

    private static final Locale ZH = MessagesI18NProvider.CHINESE;

    private DepartmentTables() {}

    /** Title, headline, one line per project, then the shortfalls: the rows both formats print. */
    static List<List<String>> rows(DepartmentEvaluation e) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Messages.get(
                e.isProjection() ? "department.title.projected" : "department.title.final",
                ZH,
                e.checkpoint().year(),
                Texts.chinese().text(e.checkpoint()))));
        rows.add(List.of(DepartmentText.headline(e, ZH), DepartmentText.profile(e, ZH)));
        rows.add(List.of(
                Messages.get("project.name", ZH),
                Messages.get("department.col.budget", ZH),
                Messages.get("department.col.executed", ZH),
                Messages.get("department.col.rate", ZH),
                Messages.get("department.col.score", ZH),
                Messages.get("department.col.weight", ZH)));
        for (DepartmentEvaluation.ProjectLine p : e.projects()) {
            rows.add(List.of(
                    p.name(),
                    num(p.budget()),
                    num(p.executed()),
                    DepartmentText.pct(rate(p)),
                    num(p.score()),
                    DepartmentText.pct(e.weight(p))));
        }
        rows.add(
                List.of(Messages.get("department.shortfalls", ZH, e.shortfalls().size())));
        e.shortfalls()
                .forEach(s -> rows.add(List.of(
                        s.project(),
                        s.indicator() == null ? Messages.get("review.item.budget", ZH) : s.indicator(),
                        s.sentenceZh())));
        return rows;
    }

    static byte[] xlsx(DepartmentEvaluation e) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(XlsxStyles.sheetName(wb, e.department()));
            var cell = XlsxStyles.wrapped(wb);
            int r = 0;
            for (List<String> values : rows(e)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c)); // text cells, never formulas
                    row.getCell(c).setCellStyle(cell);
                }
            }
            int[] widths = {36, 14, 14, 12, 12, 12};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static byte[] pdf(DepartmentEvaluation e) {
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Font font = Pdf.font(9);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(rows(e).getFirst().getFirst());
            doc.open();
            PdfPTable table = new PdfPTable(6);
            table.setWidthPercentage(100);
            for (List<String> values : rows(e)) {
                for (int c = 0; c < values.size(); c++) {
                    PdfPCell cell = new PdfPCell(new Paragraph(values.get(c), font));
                    cell.setColspan(c == values.size() - 1 ? 6 - c : 1); // a short row spans the rest of the line
                    table.addCell(cell);
                }
            }
            doc.add(table);
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    private static @Nullable BigDecimal rate(DepartmentEvaluation.ProjectLine p) {
        return p.executed() == null || p.budget().signum() == 0
                ? null
                : p.executed().divide(p.budget(), 4, RoundingMode.HALF_UP);
    }

    private static String num(@Nullable BigDecimal v) {
        return v == null ? "—" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
