package org.attain.importing.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.read.PdfRulings.Ruling;

/**
 * Reads a PDF with a text layer (Apache PDFBox): each page's characters and table borders become rows of cells
 * ({@link PdfTable}), all pages one part, since a table goes on over a page break. A PDF without text — a scan — is
 * refused with a message that says so (Attain does no character recognition); pages without text in a PDF that has
 * some are named. Memory is bounded: PDFBox keeps at most {@link #MAX_MEMORY} bytes of decoded streams.
 */
final class PdfReader {

    static final int MAX_PAGES = 500;
    static final long MAX_MEMORY = 256L * 1024 * 1024;

    private record Page(int number, List<PdfGlyphs.Glyph> glyphs, List<Ruling> rulings) {}

    private PdfReader() {}

    static SourceDocument read(String source, byte[] bytes) {
        List<ImportProblem> notes = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        int unmapped = 0;
        int glyphs = 0;
        try (PDDocument doc =
                Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            int count = doc.getNumberOfPages();
            if (count > MAX_PAGES) {
                throw new ImportException(source, ImportProblem.of(0, "import.pdf.tooManyPages", count, MAX_PAGES));
            }
            List<Integer> withoutText = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                PdfGlyphs text = PdfGlyphs.of(doc, n);
                unmapped += text.unmapped();
                glyphs += text.glyphs().size();
                if (text.glyphs().stream().allMatch(PdfGlyphs::space)) {
                    withoutText.add(n);
                    continue;
                }
                PDPage page = doc.getPage(n - 1);
                List<Ruling> rulings = page.getRotation() % 360 == 0 ? PdfRulings.of(page) : List.of();
                pages.add(new Page(n, text.glyphs(), rulings));
            }
            if (pages.isEmpty()) {
                String key = unmapped > 0 ? "import.pdf.unmappedFont" : "import.pdf.noText";
                throw new ImportException(source, ImportProblem.of(0, key, count));
            }
            if (!withoutText.isEmpty()) {
                notes.add(ImportProblem.of(0, "import.pdf.pagesWithoutText", pageList(withoutText)));
            }
            if (unmapped > glyphs / 10) {
                notes.add(ImportProblem.of(0, "import.pdf.someUnmapped", unmapped));
            }
        } catch (InvalidPasswordException e) {
            throw new ImportException(source, ImportProblem.of(0, "import.format.encrypted"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(
                    source,
                    ImportProblem.of(
                            0,
                            "import.format.unreadable",
                            ".pdf",
                            ImportProblem.quote(String.valueOf(e.getMessage()))));
        }
        List<Float> columns = PdfTable.columns(pages.stream().map(Page::rulings).toList());
        List<Row> rows = new ArrayList<>();
        for (Page p : pages) {
            rows.addAll(PdfTable.rows(p.number(), p.glyphs(), p.rulings(), columns));
        }
        return new SourceDocument(source, Format.PDF, List.of(new Part(null, new Where.PdfLine(1, 0), rows)), notes);
    }

    private static String pageList(List<Integer> pages) {
        List<String> shown = pages.stream().limit(20).map(String::valueOf).toList();
        return String.join(", ", shown) + (pages.size() > 20 ? ", …" : "");
    }
}
