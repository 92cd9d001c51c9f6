package org.attain.importing.history;

import java.util.ArrayList;
import java.util.List;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Part;
import org.attain.importing.read.Row;
import org.attain.importing.read.SourceDocument;

/**
 * The cells of a whole document in reading order, as a person reads a table that came out of a PDF or a flattened
 * Word paragraph: a cell without a column of its own (a line of text) is split at its spaces, a cell of a real table
 * is kept whole. Empty cells are not there (the readers leave them out).
 */
final class Flat {

    private Flat() {}

    static List<Cell> of(SourceDocument doc) {
        List<Cell> out = new ArrayList<>();
        for (Part part : doc.parts()) {
            for (Row row : part.rows()) {
                for (Cell c : row.cells()) {
                    if (c.positioned() || !c.text().strip().contains(" ")) {
                        out.add(c.withText(c.text().strip()));
                        continue;
                    }
                    for (String t : c.text().strip().split("\\s+")) {
                        out.add(c.withText(t));
                    }
                }
            }
        }
        return out;
    }

    /** A cell's text without spaces, full-width and look-alike comparators written as the usual ones. */
    static String compact(String text) {
        return text.replaceAll("\\s", "")
                .replace(">=", "≥")
                .replace("<=", "≤")
                .replace('≧', '≥')
                .replace('≦', '≤')
                .replace('═', '=')
                .replace('＝', '=')
                .replace('％', '%')
                .replace('（', '(')
                .replace('）', ')');
    }
}
