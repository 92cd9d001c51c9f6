package org.attain.report;

import static org.attain.report.PaperWords.t;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.attain.base.Pdf;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.Deviation;
import org.attain.status.Light;

/** The whole portfolio for printing before the meeting: a summary page, then every project's monitoring table. */
final class BriefingPdf {

    private BriefingPdf() {}

    static byte[] write(PortfolioStatus portfolio, List<Paper> tables) {
        String m = Cells.ZH.text(portfolio.checkpoint());
        String title = t("paper.briefing.title", portfolio.checkpoint().year(), m);
        return Pdf.write(title, true, t("paper.empty"), doc -> {
            Pdf.add(doc, Pdf.title(title, 15));
            PdfPTable summary = new PdfPTable(new float[] {4, 1.2f, 1.2f, 1.2f, 1.4f, 1.2f});
            summary.setWidthPercentage(100);
            summary.setSpacingAfter(8);
            for (String h : List.of(
                    t("paper.briefing.project"),
                    t("paper.briefing.budget"),
                    t("paper.briefing.rate"),
                    t("paper.briefing.light"),
                    t("paper.briefing.budgetLight"),
                    t("paper.briefing.issues"))) {
                summary.addCell(Pdf.cell(h, 9, true));
            }
            summary.setHeaderRows(1);
            for (ProjectStatus p : portfolio.worstFirst()) {
                for (String v : List.of(
                        p.name(),
                        Paper.Cell.amount(p.budget()).text(),
                        Paper.Cell.rate(p.budgetStatus().rate()).text(),
                        light(p.light()),
                        light(p.budgetStatus().light()),
                        String.valueOf(p.shortfalls().size() + (p.budgetFallsShort() ? 1 : 0)))) {
                    summary.addCell(Pdf.cell(v, 8.5f, false));
                }
            }
            Pdf.add(doc, summary);
            Paragraph shortfalls = new Paragraph(t("paper.briefing.shortfalls"), Pdf.font(12));
            for (ProjectStatus p : portfolio.budgetShortfalls()) {
                shortfalls.add(item(
                        p.name() + "："
                                + t(
                                        "paper.briefing.budgetLine",
                                        Cells.ZH.render(p.budgetStatus().explanation())),
                        p.budgetDeviation()));
            }
            for (IndicatorRow r : portfolio.shortfalls()) {
                shortfalls.add(item(
                        r.projectName() + "：" + Cells.ZH.render(r.status().explanation()),
                        new Deviation(r.reasons(), r.reasonText(), r.likelihood(), r.correctiveAction())));
            }
            Pdf.add(doc, shortfalls);
            for (Paper paper : tables) {
                doc.newPage();
                PaperPdf.add(doc, paper);
            }
        });
    }

    private static Phrase item(String what, Deviation why) {
        String reasons = Cells.ZH.render(why.reasonSummary());
        return new Phrase(
                "\n· " + what + (reasons.isEmpty() ? "" : t("paper.briefing.reasons", reasons))
                        + (why.correctiveAction() == null ? "" : t("paper.briefing.action", why.correctiveAction())),
                Pdf.font(9));
    }

    private static String light(Light l) {
        return l.symbol() + " " + t("light." + l.name());
    }
}
