package org.attain.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.attain.base.Pdf;
import org.attain.report.Paper.Block;
import org.attain.report.Paper.Cell;

/**
 * Official tables as A4 landscape PDF, one paper after the other on new pages: the same cells as the xlsx, with 一级 and
 * 二级 merged over their rows and each table's header repeated on a new page.
 */
final class PaperPdf {

    private static final float BODY = 8.5f;

    private PaperPdf() {}

    static byte[] write(List<Paper> papers, String title) {
        return Pdf.write(title, true, PaperWords.t("paper.empty"), doc -> {
            for (int i = 0; i < papers.size(); i++) {
                if (i > 0) {
                    doc.newPage();
                }
                add(doc, papers.get(i));
            }
        });
    }

    /** One paper from the top of the current page. */
    static void add(Document doc, Paper paper) {
        Pdf.add(doc, Pdf.title(paper.title(), 15));
        for (String line : paper.heading()) {
            Pdf.add(doc, new Paragraph(line, Pdf.font(10)));
        }
        for (int i = 0; i < paper.blocks().size(); i++) {
            Pdf.add(doc, table(paper, paper.blocks().get(i), i == paper.blocks().size() - 1));
        }
        if (!paper.notes().isEmpty()) {
            Pdf.add(doc, new Paragraph(String.join("\n", paper.notes()), Pdf.font(8)));
        }
    }

    /**
     * A block as a table whose header repeats on every page; the last block carries the sign-off line as its footer, so
     * that it closes the table on each of its pages and never stands alone on a page of its own.
     */
    private static PdfPTable table(Paper paper, Block block, boolean last) {
        float[] widths = new float[paper.columns()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = paper.widths()[i];
        }
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        for (Cell h : block.header()) {
            PdfPCell c = Pdf.cell(h.text(), 9, true);
            c.setColspan(h.span());
            t.addCell(c);
        }
        if (last) {
            PdfPCell signOff = new PdfPCell(new Phrase(paper.signOff(), Pdf.font(10)));
            signOff.setColspan(paper.columns());
            signOff.setBorder(Rectangle.NO_BORDER);
            signOff.setPaddingTop(14);
            t.addCell(signOff);
            t.setFooterRows(1);
        }
        t.setHeaderRows(last ? 2 : 1);
        List<int[]> runs = MergedRuns.of(block);
        for (int r = 0; r < block.rows().size(); r++) {
            int column = 0;
            for (Cell cell : block.rows().get(r)) {
                int[] run = MergedRuns.startingAt(runs, r, column);
                if (run != null || !MergedRuns.covers(runs, r, column)) {
                    t.addCell(cell(cell, column < block.mergedColumns(), run == null ? 1 : run[1] - run[0] + 1));
                }
                column += cell.span();
            }
        }
        return t;
    }

    private static PdfPCell cell(Cell cell, boolean category, int rows) {
        PdfPCell c = Pdf.cell(cell.text(), BODY, false);
        c.setColspan(cell.span());
        c.setRowspan(rows);
        if (cell.number() != null) {
            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        } else if (category || cell.kind() != Paper.Kind.TEXT) {
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        return c;
    }
}
