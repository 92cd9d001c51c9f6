package org.attain.importing;

import java.util.Locale;

/**
 * Every way an approval document comes in, as one entry: a workbook ({@code .xlsx}) or text (UTF-8 or GBK) is read
 * into an {@link ApprovalDocument}, or refused with {@link ImportException} — never another exception.
 */
final class ApprovalDocuments {

    private ApprovalDocuments() {
    }

    static ApprovalDocument read(String fileName, byte[] bytes) {
        if (bytes.length > InputLimits.MAX_BYTES) {
            throw new ImportException(fileName, InputLimits.tooLarge(bytes.length));
        }
        if (XlsxApprovals.isXlsx(bytes) || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return XlsxApprovals.read(fileName, bytes);
        }
        return ApprovalParser.parse(fileName, TextDocuments.cells(TextDocuments.decode(fileName, bytes)));
    }
}
