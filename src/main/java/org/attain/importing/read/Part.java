package org.attain.importing.read;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A part of a document that is read on its own: a worksheet, or the whole of a text, Word or PDF document (a table
 * may continue over a page break). {@code sheet} names a worksheet; {@code where} is the place of the part itself,
 * for problems about all of it (no project found in this sheet).
 */
public record Part(@Nullable String sheet, Where where, List<Row> rows) {

    public Part {
        rows = List.copyOf(rows);
    }
}
