package org.attain.importing.read;

import java.util.List;
import org.attain.importing.ImportProblem;

/**
 * A document as its format gives it: rows of cells in parts, before anything is recognised in them, and what the
 * reader noticed about the whole (a Traditional Chinese text converted, a PDF page without text).
 */
public record SourceDocument(String name, Format format, List<Part> parts, List<ImportProblem> notes) {

    public SourceDocument {
        parts = List.copyOf(parts);
        notes = List.copyOf(notes);
    }
}
