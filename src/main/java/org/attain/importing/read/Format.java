package org.attain.importing.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;

/**
 * The formats an approval document comes in, recognised by what the file holds, never by its name: a PDF starts with
 * {@code %PDF}, an {@code .xls} workbook is an OLE2 container with a {@code Workbook} stream, a Word or Excel file of
 * today is a zip with {@code word/document.xml} or {@code xl/workbook.xml}. Anything else is read as text. A format
 * Attain cannot read (a password-protected Office file, an old {@code .doc}, a picture) is refused by name.
 */
public enum Format {
    TEXT,
    XLSX,
    XLS,
    DOCX,
    PDF;

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final Set<String> WORKBOOK_STREAMS = Set.of("Workbook", "WORKBOOK", "Book", "BOOK");
    /** How many zip entries are looked at to tell a Word file from a workbook. */
    private static final int ZIP_ENTRIES_LOOKED_AT = 2000;

    /** The format of a file; throws {@link ImportException} for a format that cannot be imported. */
    public static Format of(String fileName, byte[] bytes) {
        if (startsWith(bytes, OLE2)) {
            return ole2(fileName, bytes);
        }
        if (isZip(bytes)) {
            return zip(fileName, bytes);
        }
        if (isPdf(bytes)) {
            return PDF;
        }
        String picture = picture(bytes);
        if (picture != null) {
            throw new ImportException(fileName, ImportProblem.of(0, "import.format.picture", picture));
        }
        if (startsWith(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            throw new ImportException(fileName, ImportProblem.of(0, "import.format.rtf"));
        }
        return TEXT;
    }

    static boolean isPdf(byte[] bytes) {
        // the header may follow up to 1024 bytes of anything (PDF 1.7, 7.5.2, note 1)
        int limit = Math.min(bytes.length - 4, 1024);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F') {
                return true;
            }
        }
        return false;
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static Format ole2(String fileName, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new ImportException(fileName, ImportProblem.of(0, "import.format.encrypted"));
            }
            for (String name : WORKBOOK_STREAMS) {
                if (root.hasEntry(name)) {
                    return XLS;
                }
            }
            if (root.hasEntry("WordDocument")) {
                throw new ImportException(fileName, ImportProblem.of(0, "import.format.doc"));
            }
            throw new ImportException(fileName, ImportProblem.of(0, "import.format.unknownOffice"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(fileName, ImportProblem.of(0, "import.format.damaged", "OLE2"));
        }
    }

    private static Format zip(String fileName, byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < ZIP_ENTRIES_LOOKED_AT) {
                String name = entry.getName();
                if (name.equals("word/document.xml") || name.equals("word/document2.xml")) {
                    return DOCX;
                }
                if (name.equals("xl/workbook.xml")) {
                    return XLSX;
                }
                if (name.equals("xl/workbook.bin")) {
                    throw new ImportException(fileName, ImportProblem.of(0, "import.format.xlsb"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged zip: its name is all that is left to tell what it meant to be
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return DOCX;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return XLSX;
        }
        throw new ImportException(fileName, ImportProblem.of(0, "import.format.zip"));
    }

    private static String picture(byte[] b) {
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG";
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG";
        }
        if (startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "GIF";
        }
        if (startsWith(b, new byte[] {'I', 'I', 42, 0}) || startsWith(b, new byte[] {'M', 'M', 0, 42})) {
            return "TIFF";
        }
        if (startsWith(b, new byte[] {'B', 'M'}) && b.length > 14 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0) {
            return "BMP";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
