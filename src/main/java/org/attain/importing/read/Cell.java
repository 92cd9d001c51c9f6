package org.attain.importing.read;

/**
 * One cell of a document, cleaned of markup, with where it was found. {@code column} is its position in the row when
 * the document says it (a spreadsheet column, a table column, a tab- or pipe-separated field), -1 otherwise;
 * {@code span} is how many columns it covers (a merged cell covers several).
 */
public record Cell(String text, String raw, Where where, int column, int span) {

    /** A cell whose column is not known (a line of text, a paragraph). */
    public static Cell free(String text, String raw, Where where) {
        return new Cell(text, raw, where, -1, 1);
    }

    public int line() {
        return where.line();
    }

    public boolean positioned() {
        return column >= 0;
    }

    /** The last column this cell covers. */
    public int lastColumn() {
        return column + Math.max(1, span) - 1;
    }

    public Cell withText(String newText) {
        return new Cell(newText, raw, where, column, span);
    }
}
