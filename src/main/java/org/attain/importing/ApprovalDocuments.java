package org.attain.importing;

import org.attain.importing.layout.ApprovalLayout;
import org.attain.importing.read.Documents;

/**
 * Every way an approval document comes in, as one entry: Word, Excel ({@code .xlsx}, {@code .xls}), PDF with a text
 * layer, or text, recognised by content ({@link Documents}); its projects found whatever the layout
 * ({@link ApprovalLayout}) — or refused with {@link ImportException}, never another exception.
 */
final class ApprovalDocuments {

    private ApprovalDocuments() {}

    static ApprovalDocument read(String fileName, byte[] bytes) {
        return read(fileName, bytes, 0);
    }

    /** As {@link #read(String, byte[])}, with the year to take where the document states none (0 for none). */
    static ApprovalDocument read(String fileName, byte[] bytes, int givenYear) {
        return ApprovalLayout.read(Documents.read(fileName, bytes), givenYear);
    }
}
