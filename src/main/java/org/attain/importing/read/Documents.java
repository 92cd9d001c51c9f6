package org.attain.importing.read;

import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.InputLimits;

/**
 * Every way an approval document comes in, as one entry: the format is recognised from the bytes ({@link Format}) and
 * the document read into rows of cells, Traditional Chinese converted to Simplified ({@link Simplified}) — or refused
 * with {@link ImportException}, never another exception.
 */
public final class Documents {

    private Documents() {}

    public static SourceDocument read(String fileName, byte[] bytes) {
        if (bytes.length > InputLimits.MAX_BYTES) {
            throw new ImportException(fileName, InputLimits.tooLarge(bytes.length));
        }
        if (bytes.length == 0) {
            throw new ImportException(fileName, ImportProblem.of(0, "import.text.empty"));
        }
        Format format = Format.of(fileName, bytes);
        SourceDocument doc =
                switch (format) {
                    case TEXT -> TextReader.read(fileName, bytes);
                    case XLSX, XLS -> WorkbookReader.read(fileName, bytes, format);
                    case DOCX -> WordReader.read(fileName, bytes);
                    case PDF -> PdfReader.read(fileName, bytes);
                };
        return Simplified.of(doc);
    }
}
