package org.attain.importing.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.attain.importing.ProjectDraft;

/**
 * Approval documents as a PDF with a text layer, printed as a word processor prints a table: ruled cells, text that
 * wraps inside its cell over several lines, merged cells without the rules inside them, tables that go on over a page
 * break. Landscape A4, Noto Sans SC embedded.
 */
public final class PdfRender {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float PAD = 3;
    private static final float[] WIDTHS = {80, 70, 100, 200, 90, 80};

    private final PDDocument doc;
    private final PDType0Font font;
    private PDPageContentStream out;
    private float y;

    /** Any laid-out document as a PDF, its items one after the other, a new page where one is full. */
    public static byte[] document(List<Layout.Item> items) throws IOException {
        return pages(List.of(items));
    }

    private PdfRender(PDDocument doc, PDType0Font font) {
        this.doc = doc;
        this.font = font;
    }

    public static byte[] pdf(List<ProjectDraft> projects) throws IOException {
        return pages(projects.stream().map(Layout::of).toList());
    }

    private static byte[] pages(Collection<List<Layout.Item>> documents) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (InputStream in = PdfRender.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            PdfRender render = new PdfRender(doc, font);
            for (List<Layout.Item> items : documents) {
                render.newPage();
                for (Layout.Item item : items) {
                    switch (item) {
                        case Layout.Paragraph para -> render.paragraph(para.text());
                        case Layout.Table table -> render.table(table);
                    }
                }
                render.out.close();
            }
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        out.setLineWidth(0.5f);
        y = PAGE.getHeight() - MARGIN;
    }

    private void paragraph(String text) throws IOException {
        if (y - 2 * LEADING < MARGIN) {
            newPage();
        }
        y -= LEADING * 1.5f;
        text(MARGIN, y, text);
    }

    private void table(Layout.Table table) throws IOException {
        boolean[][] down = WordRender.coveredFromAbove(table);
        float[] x = new float[table.columns() + 1];
        x[0] = MARGIN;
        float even = (PAGE.getWidth() - 2 * MARGIN) / table.columns();
        for (int c = 0; c < table.columns(); c++) {
            x[c + 1] = x[c] + (table.columns() == WIDTHS.length ? WIDTHS[c] : even);
        }
        y -= LEADING / 2;
        boolean firstOnPage = true;
        for (int r = 0; r < table.rows().size(); r++) {
            List<Layout.Cell> cells = table.rows().get(r);
            float height = height(cells, x);
            if (y - height < MARGIN) {
                line(x[0], y, x[table.columns()], y);
                newPage();
                firstOnPage = true;
            }
            float top = y;
            float bottom = y - height;
            for (int c = 0; c < table.columns(); c++) {
                Layout.Cell cell = cells.get(c);
                if (cell != null) {
                    line(x[c], top, x[c + cell.columnSpan()], top);
                    List<String> lines = wrap(cell.text(), x[c + cell.columnSpan()] - x[c] - 2 * PAD);
                    float ty = top - PAD - SIZE;
                    for (String l : lines) {
                        text(x[c] + PAD, ty, l);
                        ty -= LEADING;
                    }
                } else if (down[r][c] && firstOnPage) {
                    line(x[c], top, x[c + 1], top);
                }
                boolean insideSpan = cell == null && !down[r][c];
                if (!insideSpan) {
                    line(x[c], top, x[c], bottom);
                }
            }
            line(x[table.columns()], top, x[table.columns()], bottom);
            y = bottom;
            firstOnPage = false;
        }
        line(x[0], y, x[table.columns()], y);
    }

    /** The height of a row: the most lines any of its cells that ends in it needs. */
    private float height(List<Layout.Cell> cells, float[] x) throws IOException {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            Layout.Cell cell = cells.get(c);
            if (cell != null && cell.rowSpan() == 1) {
                lines = Math.max(
                        lines,
                        wrap(cell.text(), x[c + cell.columnSpan()] - x[c] - 2 * PAD)
                                .size());
            }
        }
        return lines * LEADING + 2 * PAD;
    }

    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String next = line.toString() + text.charAt(i);
            if (!line.isEmpty() && font.getStringWidth(next) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(text.charAt(i));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void text(float at, float baseline, String text) throws IOException {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(at, baseline);
        out.showText(text);
        out.endText();
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }
}
