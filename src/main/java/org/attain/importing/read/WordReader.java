package org.attain.importing.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document ({@code .docx}) in the order it is written: a paragraph is a row (split like a line of text),
 * a table row is a row whose cells keep their grid column. A cell merged across columns ({@code gridSpan}) is one cell
 * spanning them; a cell merged down ({@code vMerge}) is given on its first row and blank below, as a person reads a
 * merged 一级指标 cell. The paragraphs of one cell are its lines.
 */
final class WordReader {

    private WordReader() {}

    static SourceDocument read(String source, byte[] bytes) {
        ZipLimits.check(source, bytes);
        List<Row> rows = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Counter counter = new Counter();
            for (IBodyElement element : doc.getBodyElements()) {
                read(element, rows, counter);
                if (rows.size() > WorkbookReader.MAX_ROWS) {
                    break;
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new ImportException(source, ImportProblem.of(0, "import.format.encrypted"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ImportException(
                        source, ImportProblem.of(0, "import.format.zipBomb", ZipLimits.MAX_UNPACKED / 1024 / 1024));
            }
            throw new ImportException(
                    source,
                    ImportProblem.of(
                            0,
                            "import.format.unreadable",
                            ".docx",
                            ImportProblem.quote(String.valueOf(e.getMessage()))));
        }
        return new SourceDocument(
                source, Format.DOCX, List.of(new Part(null, new Where.WordRow(0, 0), rows)), List.of());
    }

    /** Paragraphs and tables are numbered as Word users count them: from 1, in the order of the document. */
    private static final class Counter {
        int paragraphs;
        int tables;
    }

    private static void read(IBodyElement element, List<Row> rows, Counter counter) {
        if (element instanceof XWPFParagraph p) {
            counter.paragraphs++;
            Row row = TextReader.row(p.getText(), new Where.WordRow(0, counter.paragraphs));
            if (!row.isEmpty()) {
                rows.add(new Row(row.cells(), false));
            }
        } else if (element instanceof XWPFTable t) {
            table(t, rows, counter);
        } else if (element instanceof XWPFSDT sdt) {
            for (String line : sdt.getContent().getText().split("\n")) {
                counter.paragraphs++;
                Row row = TextReader.row(line, new Where.WordRow(0, counter.paragraphs));
                if (!row.isEmpty()) {
                    rows.add(new Row(row.cells(), false));
                }
            }
        }
    }

    private static void table(XWPFTable table, List<Row> rows, Counter counter) {
        int number = ++counter.tables;
        List<XWPFTable> nested = new ArrayList<>();
        for (int r = 0; r < table.getRows().size(); r++) {
            XWPFTableRow row = table.getRows().get(r);
            Where where = new Where.WordRow(number, r + 1);
            List<Cell> cells = new ArrayList<>();
            int column = gridBefore(row);
            for (ICell icell : row.getTableICells()) {
                if (!(icell instanceof XWPFTableCell cell)) {
                    column++;
                    continue;
                }
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null
                        ? Math.max(1, number(pr.getGridSpan().getVal()))
                        : 1;
                if (!continuesMerge(pr)) {
                    String raw = cell.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .collect(Collectors.joining("\n"));
                    String clean = Markup.clean(raw);
                    if (!clean.isEmpty()) {
                        cells.add(new Cell(clean, raw, where, column, span));
                    }
                }
                nested.addAll(cell.getTables());
                column += span;
            }
            if (!cells.isEmpty()) {
                rows.add(new Row(cells, true));
            }
            for (XWPFTable inner : nested) {
                table(inner, rows, counter);
            }
            nested.clear();
        }
    }

    private static boolean continuesMerge(CTTcPr pr) {
        if (pr == null) {
            return false;
        }
        if (pr.getVMerge() != null
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE)) {
            return true;
        }
        return pr.getHMerge() != null
                && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return Math.max(0, number(pr.getGridBeforeArray(0).getVal()));
    }

    private static int number(BigInteger value) {
        return value == null ? 1 : value.min(BigInteger.valueOf(1000)).intValue();
    }
}
