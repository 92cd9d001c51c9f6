package org.attain.importing.read;

import java.util.List;

/**
 * The cells of one row, left to right, empty ones left out. A row is {@code tabular} when the columns of its cells
 * are those of the document's table (a spreadsheet, a Word or PDF table, a tab- or pipe-separated line), so that a
 * header row above it says what each column holds.
 */
public record Row(List<Cell> cells, boolean tabular) {

    public Row {
        cells = List.copyOf(cells);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    public Where where() {
        return cells.getFirst().where();
    }
}
