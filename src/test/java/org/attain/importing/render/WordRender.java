package org.attain.importing.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.attain.importing.ProjectDraft;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Approval documents as a Word file (.docx): merged cells as Word merges them (gridSpan across, vMerge down). */
public final class WordRender {

    private WordRender() {}

    public static byte[] docx(List<ProjectDraft> projects) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ProjectDraft p : projects) {
                for (Layout.Item item : Layout.of(p)) {
                    switch (item) {
                        case Layout.Paragraph para ->
                            doc.createParagraph().createRun().setText(para.text());
                        case Layout.Table table -> table(doc, table);
                    }
                }
                doc.createParagraph();
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Any laid-out document (its paragraphs and tables in order) as a Word file. */
    public static byte[] document(List<Layout.Item> items) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Layout.Item item : items) {
                switch (item) {
                    case Layout.Paragraph para ->
                        doc.createParagraph().createRun().setText(para.text());
                    case Layout.Table table -> table(doc, table);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void table(XWPFDocument doc, Layout.Table table) {
        XWPFTable t = doc.createTable(table.rows().size(), table.columns());
        boolean[][] down = coveredFromAbove(table);
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<Layout.Cell> cells = table.rows().get(r);
            // cells covered from the left are removed, right to left so that indexes stay valid
            int removed = 0;
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c - removed);
                Layout.Cell layout = cells.get(c);
                CTTcPr pr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                if (layout != null) {
                    cell.setText(layout.text());
                    if (layout.columnSpan() > 1) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(layout.columnSpan()));
                        for (int k = 1; k < layout.columnSpan(); k++) {
                            row.removeCell(c - removed + 1);
                        }
                        removed += layout.columnSpan() - 1;
                        c += layout.columnSpan() - 1;
                    }
                    if (layout.rowSpan() > 1) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                } else if (down[r][c]) {
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                }
            }
        }
    }

    /** Which positions are covered by a cell merged down from a row above. */
    static boolean[][] coveredFromAbove(Layout.Table table) {
        boolean[][] down = new boolean[table.rows().size()][table.columns()];
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                Layout.Cell cell = table.rows().get(r).get(c);
                if (cell != null) {
                    for (int k = 1; k < cell.rowSpan(); k++) {
                        down[r + k][c] = true;
                    }
                }
            }
        }
        return down;
    }
}
