package org.attain.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.attain.assessment.Basis;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.SelfEvaluation;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.monitoring.IndicatorRow;
import org.attain.monitoring.PortfolioStatus;
import org.attain.monitoring.ProjectStatus;
import org.attain.status.Light;

/**
 * The official tables, the briefing book and the meeting minutes as A4 landscape PDF, with Noto Sans SC (SIL OFL)
 * embedded so that Chinese shows on every machine.
 */
public final class ReportPdfWriter {

    private static volatile BaseFont font;

    private ReportPdfWriter() {
    }

    public static byte[] monitoring(List<ProjectStatus> projects) {
        return write(doc -> {
            boolean first = true;
            for (ProjectStatus p : projects) {
                if (!first) {
                    doc.newPage();
                }
                first = false;
                monitoringTable(doc, p);
            }
        });
    }

    public static byte[] selfEvaluation(List<SelfEvaluation> evaluations) {
        Locale zh = MessagesI18NProvider.CHINESE;
        String docTitle = evaluations.isEmpty() ? "Attain" : SelfEvaluationText.title(evaluations.getFirst(), zh);
        return write(docTitle, doc -> {
            boolean first = true;
            for (SelfEvaluation e : evaluations) {
                if (!first) {
                    doc.newPage();
                }
                first = false;
                add(doc, title(SelfEvaluationText.title(e, zh)));
                add(doc, new Paragraph("项目名称：" + e.projectName() + "　　" + SelfEvaluationText.label(e, zh)
                        + "　　金额单位：万元", font(10)));
                PdfPTable funds = table(new float[] {1, 1, 1, 1, 1, 1}, "年初预算数", "全年预算数",
                        e.isProjection() && e.budgetSource() == Basis.FORECAST ? "全年预计执行数" : "全年执行数", "分值",
                        e.isProjection() ? "预计执行率" : "执行率", "得分");
                cells(funds, Cells.num(e.initialBudget()), Cells.num(e.annualBudget()), Cells.num(e.executed()),
                        Cells.num(e.budgetScore().weight()), Cells.pct(e.executionRate()),
                        e.isProjection() && !e.budgetScore().scored() ? "—" : Cells.num(e.budgetScore().score()));
                add(doc, funds);
                PdfPTable t = table(new float[] {1.1f, 1.4f, 3, 1.2f, 1.3f, 0.7f, 0.7f, 3.2f}, "一级指标", "二级指标", "三级指标",
                        "年度指标值", e.isProjection() ? "全年预计完成值" : "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
                for (ScoreRow r : e.rows()) {
                    cells(t, r.category(), r.subcategory(), r.name(), r.target(), SelfEvaluationText.value(e, r, zh),
                            Cells.num(r.score().weight()), SelfEvaluationText.score(e, r), r.reasonsAndActions());
                }
                String note = SelfEvaluationText.unscoredNote(e, zh);
                PdfPCell total = cell(SelfEvaluationText.label(e, zh) + "　" + (e.hasScore() ? Cells.num(e.total()) : "—")
                        + "　　等级 " + (e.hasScore() ? e.grade().label(false) : "—") + (note == null ? "" : "　　" + note),
                        true);
                total.setColspan(8);
                t.addCell(total);
                add(doc, t);
                Paragraph formulas = new Paragraph("计分说明：", font(8));
                for (ScoreRow r : e.rows()) {
                    formulas.add(new Phrase("\n" + r.name() + "：" + SelfEvaluationText.formula(e, r, zh), font(8)));
                }
                formulas.add(new Phrase("\n" + SelfEvaluationText.budgetLabel(e, zh) + "："
                        + SelfEvaluationText.budgetFormula(e, zh), font(8)));
                add(doc, formulas);
            }
        });
    }

    /** The whole portfolio for printing before the meeting: a summary page, then every project's monitoring table. */
    public static byte[] briefing(PortfolioStatus portfolio) {
        return write(doc -> {
            add(doc, title(portfolio.checkpoint().year() + "年项目支出绩效运行监控 · " + portfolio.checkpoint().label(false)
                    + " · 会议材料"));
            PdfPTable summary = table(new float[] {4, 1.2f, 1.2f, 1.2f, 1.4f, 1.2f}, "项目", "预算（万元）", "执行率",
                    "项目状态", "预算执行", "问题指标");
            for (ProjectStatus p : portfolio.worstFirst()) {
                cells(summary, p.name(), Cells.num(p.budget()), Cells.pct(p.budgetStatus().rate()), light(p.light()),
                        light(p.budgetStatus().light()), String.valueOf(p.shortfalls().size() + (p.budgetFallsShort() ? 1 : 0)));
            }
            add(doc, summary);
            Paragraph shortfalls = new Paragraph("未达进度与风险", font(12));
            for (ProjectStatus p : portfolio.budgetShortfalls()) {
                shortfalls.add(new Phrase("\n· " + p.name() + "：预算" + p.budgetStatus().explanationZh()
                        + (p.budgetDeviation().reasonSummary(false).isEmpty() ? "" : "；原因：" + p.budgetDeviation().reasonSummary(false))
                        + (p.budgetDeviation().correctiveAction() == null ? "" : "；改进措施：" + p.budgetDeviation().correctiveAction()),
                        font(9)));
            }
            for (IndicatorRow r : portfolio.shortfalls()) {
                shortfalls.add(new Phrase("\n· " + r.projectName() + "：" + r.status().explanationZh()
                        + (r.reasonSummary(false).isEmpty() ? "" : "；原因：" + r.reasonSummary(false))
                        + (r.correctiveAction() == null ? "" : "；改进措施：" + r.correctiveAction()), font(9)));
            }
            add(doc, shortfalls);
            for (ProjectStatus p : portfolio.worstFirst()) {
                doc.newPage();
                monitoringTable(doc, p);
            }
        });
    }

    /** The minutes of the review meeting: per project its light, remarks and decisions. */
    public static byte[] minutes(PortfolioStatus portfolio, Map<Long, String[]> notes) {
        return write(doc -> {
            add(doc, title(portfolio.checkpoint().year() + "年绩效运行监控会议纪要（" + portfolio.checkpoint().label(false) + "）"));
            PdfPTable t = table(new float[] {3, 1, 4, 4}, "项目", "状态", "意见", "决定");
            for (ProjectStatus p : portfolio.worstFirst()) {
                String[] n = notes.getOrDefault(p.projectId(), new String[] {"", ""});
                cells(t, p.name(), light(p.light()), Cells.text(n[0]), Cells.text(n[1]));
            }
            add(doc, t);
        });
    }

    private static void monitoringTable(Document doc, ProjectStatus p) {
        String m = p.checkpoint().label(false);
        add(doc, title(p.checkpoint().year() + "年项目支出绩效运行监控表（" + m + "）"));
        add(doc, new Paragraph("项目名称：" + p.name() + "　　主管部门：" + p.department() + "　　金额单位：万元", font(10)));
        PdfPTable funds = table(new float[] {1, 1, 1, 1, 1, 2.2f, 1, 2.2f}, "年初预算数", "全年预算数", m + "执行数",
                m + "执行率", "全年预计执行数", "偏差原因分析", "完成目标可能性", "改进措施");
        String[] deviation = Cells.deviation(p.budgetDeviation());
        cells(funds, Cells.num(p.initialBudget()), Cells.num(p.budget()), Cells.num(p.budgetStatus().executed()),
                Cells.pct(p.budgetStatus().rate()), Cells.num(p.forecastSpending()), deviation[0], deviation[1], deviation[2]);
        add(doc, funds);
        PdfPTable t = table(new float[] {1, 1.3f, 2.6f, 1.1f, 1.3f, 1.3f, 2.2f, 1, 2.2f, 1}, "一级指标", "二级指标", "三级指标",
                "年度指标值", m + "执行情况", "全年预计完成情况", "偏差原因分析", "完成目标可能性", "改进措施", "备注");
        for (IndicatorRow r : p.indicators()) {
            cells(t, r.category(), r.subcategory(), r.name(), r.target().text(), Cells.actual(r), Cells.forecast(r),
                    r.reasonSummary(false), Cells.likelihood(r), Cells.text(r.correctiveAction()), Cells.text(r.note()));
        }
        add(doc, t);
    }

    private static String light(Light l) {
        return switch (l) {
            case RED -> "● 红";
            case YELLOW -> "▲ 黄";
            case GREEN -> "✔ 绿";
            case BLUE -> "★ 蓝";
            case OVERDUE -> "◔ 逾期未填报";
            case NOT_REPORTED -> "○ 待填报";
            case NOT_DUE -> "… 未到评价期";
        };
    }

    private static Paragraph title(String text) {
        Paragraph p = new Paragraph(text, font(15));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        for (String h : headers) {
            t.addCell(cell(h, true));
        }
        t.setHeaderRows(1);
        return t;
    }

    private static void cells(PdfPTable t, String... values) {
        for (String v : values) {
            t.addCell(cell(v, false));
        }
    }

    private static PdfPCell cell(String text, boolean header) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font(header ? 9 : 8.5f)));
        c.setPadding(3);
        if (header) {
            c.setBackgroundColor(new Color(0xE4, 0xE7, 0xEB));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        return c;
    }

    private static void add(Document doc, Element e) {
        try {
            doc.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Font font(float size) {
        return new Font(baseFont(), size);
    }

    static BaseFont baseFont() {
        BaseFont f = font;
        if (f == null) {
            synchronized (ReportPdfWriter.class) {
                if (font == null) {
                    try (InputStream in = ReportPdfWriter.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
                        if (in == null) {
                            throw new IllegalStateException("The CJK font fonts/NotoSansSC-Regular.ttf is missing from the jar");
                        }
                        font = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                                in.readAllBytes(), null);
                    } catch (IOException | DocumentException e) {
                        throw new IllegalStateException("Cannot load the CJK font: " + e.getMessage(), e);
                    }
                }
                f = font;
            }
        }
        return f;
    }

    private static byte[] write(Consumer<Document> content) {
        return write("Attain", content);
    }

    private static byte[] write(String title, Consumer<Document> content) {
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addCreator("Attain 绩效目标监控看板");
            doc.open();
            content.accept(doc);
            if (doc.getPageNumber() == 0) {
                add(doc, new Paragraph("没有数据 / no data", font(12)));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

}
