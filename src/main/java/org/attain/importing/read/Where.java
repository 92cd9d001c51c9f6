package org.attain.importing.read;

import org.attain.importing.ImportProblem;

/**
 * Where a cell was found, as its reader would look for it: a line of a text, a row of a sheet, a row of a table in a
 * Word document, a line of a PDF page. Problems found in a cell are told with their place.
 */
public sealed interface Where {

    /** The number a reader counts in this part of the document: text line, sheet row, table row, line on the page. */
    int line();

    /** A problem (a message code and its arguments) at this place. */
    ImportProblem problem(String key, Object... args);

    /** A problem found without a place of its own (e.g. by a rule that only knows a line) told at this place. */
    ImportProblem locate(ImportProblem problem);

    /** A line of a text document. */
    record TextLine(int line) implements Where {
        @Override
        public ImportProblem problem(String key, Object... args) {
            return ImportProblem.of(line, key, args);
        }

        @Override
        public ImportProblem locate(ImportProblem problem) {
            return problem.atLine(line);
        }
    }

    /** A row of a worksheet (1-based, as the spreadsheet shows it). */
    record SheetRow(String sheet, int line) implements Where {
        @Override
        public ImportProblem problem(String key, Object... args) {
            return locate(ImportProblem.of(line, key, args));
        }

        @Override
        public ImportProblem locate(ImportProblem problem) {
            return ImportProblem.of(line, "import.inSheet", sheet, problem.atLine(line));
        }
    }

    /** A paragraph of a Word document ({@code table} 0), or a row of its {@code table}-th table. */
    record WordRow(int table, int line) implements Where {
        @Override
        public ImportProblem problem(String key, Object... args) {
            return locate(ImportProblem.of(line, key, args));
        }

        @Override
        public ImportProblem locate(ImportProblem problem) {
            return table == 0
                    ? ImportProblem.of(0, "import.inParagraph", line, problem.atLine(0))
                    : ImportProblem.of(0, "import.inWordTable", table, line, problem.atLine(0));
        }
    }

    /** A line (or table row) of a PDF page, counted from the top of the page. */
    record PdfLine(int page, int line) implements Where {
        @Override
        public ImportProblem problem(String key, Object... args) {
            return locate(ImportProblem.of(line, key, args));
        }

        @Override
        public ImportProblem locate(ImportProblem problem) {
            return ImportProblem.of(0, "import.inPdfPage", page, line, problem.atLine(0));
        }
    }
}
