package org.attain.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** The one way files leave the application: the content is produced when the user clicks, not before. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    public static DownloadHandler handler(String fileName, String contentType, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }

    public static DownloadHandler xlsx(String fileName, Supplier<byte[]> content) {
        return handler(fileName, XLSX, content);
    }

    /** A download link with an id for tests and the look of the application's download links. */
    public static Anchor link(String label, String fileName, String contentType, Supplier<byte[]> content, String id) {
        Anchor a = new Anchor(handler(fileName, contentType, content), label);
        a.setId(id);
        a.addClassName("attain-download");
        return a;
    }
}
