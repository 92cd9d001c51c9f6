package org.attain.importing.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;

/**
 * What a zipped Office file ({@code .docx}, {@code .xlsx}) may unpack to before it is opened: 100 MB in all, and no
 * part that unpacks to more than 100 times its packed size (a zip bomb). Counted by unpacking, not from the sizes
 * the zip claims, so that memory stays bounded whatever the file says about itself.
 */
final class ZipLimits {

    static final long MAX_UNPACKED = 100L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    private static final int MAX_ENTRIES = 10_000;

    static {
        // POI checks the same while it reads, as a second line
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED);
    }

    private ZipLimits() {}

    static void check(String source, byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb(source);
                }
                long unpacked = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unpacked += n;
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw bomb(source);
                    }
                }
                long packed = entry.getCompressedSize();
                if (unpacked > 1024 * 1024 && (packed <= 0 || unpacked / Math.max(1, packed) > MAX_RATIO)) {
                    throw bomb(source);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            // a damaged zip is told by the reader that opens it, with the format it meant to be
        }
    }

    /** Initialises POI's own limits before the first Office file is opened. */
    static void apply() {
        // the static block above does the work
    }

    private static ImportException bomb(String source) {
        return new ImportException(source, ImportProblem.of(0, "import.format.zipBomb", MAX_UNPACKED / 1024 / 1024));
    }
}
