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
        return ApprovalLayout.read(Documents.read(fileName, bytes));
    }
}
