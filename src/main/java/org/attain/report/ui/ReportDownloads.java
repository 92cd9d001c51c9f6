package org.attain.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.attain.report.ReportService;

/** Download links for the official tables; the file is produced when the user clicks. */
final class ReportDownloads {

    private ReportDownloads() {
    }

    static Anchor link(String label, String fileName, ReportService.Format format, Supplier<byte[]> content, String id) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + "." + format.extension(),
                    format.contentType(), bytes.length);
        }), label);
        a.setId(id);
        a.addClassName("attain-download");
        return a;
    }
}
