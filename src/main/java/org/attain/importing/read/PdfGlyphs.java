package org.attain.importing.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The characters of one PDF page with their boxes, top-left origin, as PDFBox finds them (text drawn twice to look
 * bold is kept once). Only characters that map to text are kept; {@link #unmapped} counts those that do not (a font
 * without a ToUnicode table draws text nobody can copy). Spaces are kept as characters " ".
 */
final class PdfGlyphs extends PDFTextStripper {

    /** One character: its text, left edge, baseline, width and height in points from the page's top-left corner. */
    record Glyph(String text, float x, float baseline, float width, float height) {
        float right() {
            return x + width;
        }

        float centerX() {
            return x + width / 2;
        }

        float centerY() {
            return baseline - height / 2;
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    private int unmapped;

    private PdfGlyphs() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The characters of page {@code number} (1-based). */
    static PdfGlyphs of(PDDocument doc, int number) throws IOException {
        PdfGlyphs page = new PdfGlyphs();
        page.setStartPage(number);
        page.setEndPage(number);
        page.writeText(doc, Writer.nullWriter());
        return page;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    int unmapped() {
        return unmapped;
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String text = t.getUnicode();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                if (text.isBlank()) {
                    text = " ";
                }
                if (!mapped(text)) {
                    unmapped++;
                    continue;
                }
                float height = Math.max(t.getHeightDir(), 1f);
                glyphs.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), Math.max(t.getWidthDirAdj(), 0.1f), height));
            }
        }
    }

    /** Whether this is a space between words (kept inside a cell, a separator of cells outside tables). */
    static boolean space(Glyph g) {
        return " ".equals(g.text());
    }

    /** Text a reader can use: no control characters, no private-use code points, no replacement character. */
    private static boolean mapped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF') {
                return false;
            }
        }
        return true;
    }
}
