package org.attain.base;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Every PDF Attain writes (official tables, briefing book, meeting minutes): A4 with Noto Sans SC (SIL OFL) embedded,
 * so that Chinese shows on every machine, and the few building blocks they share.
 */
public final class Pdf {

    private static volatile BaseFont font;

    private Pdf() {}

    /** Writes a document; {@code empty} is printed when the content added nothing (a PDF needs a page). */
    public static byte[] write(String title, boolean landscape, String empty, Consumer<Document> content) {
        Rectangle size = landscape ? PageSize.A4.rotate() : PageSize.A4;
        Document doc = new Document(size, 28, 28, 28, 28);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addCreator("Attain");
            doc.open();
            content.accept(doc);
            if (doc.getPageNumber() <= 1 && writer.isPageEmpty()) {
                add(doc, new Paragraph(empty, font(12)));
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

    public static void add(Document doc, Element e) {
        try {
            doc.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static Paragraph title(String text, float size) {
        Paragraph p = new Paragraph(text, font(size));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        return p;
    }

    /** A table cell: a header on grey, centred, or a body cell. */
    public static PdfPCell cell(String text, float size, boolean header) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font(size)));
        c.setPadding(3);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (header) {
            c.setBackgroundColor(new Color(0xE4, 0xE7, 0xEB));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        return c;
    }

    public static Font font(float size) {
        return new Font(baseFont(), size);
    }

    public static BaseFont baseFont() {
        BaseFont f = font;
        if (f == null) {
            synchronized (Pdf.class) {
                if (font == null) {
                    try (InputStream in = Pdf.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
                        if (in == null) {
                            throw new IllegalStateException(
                                    "The CJK font fonts/NotoSansSC-Regular.ttf is missing from the jar");
                        }
                        font = BaseFont.createFont(
                                "NotoSansSC-Regular.ttf",
                                BaseFont.IDENTITY_H,
                                BaseFont.EMBEDDED,
                                true,
                                in.readAllBytes(),
                                null);
                    } catch (IOException | DocumentException e) {
                        throw new IllegalStateException("Cannot load the CJK font: " + e.getMessage(), e);
                    }
                }
                f = font;
            }
        }
        return f;
    }
}
