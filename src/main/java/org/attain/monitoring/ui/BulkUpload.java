package org.attain.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiConsumer;
import org.attain.base.ui.ComponentTexts;
import org.attain.importing.InputLimits;

/** The upload of a filled-in monitoring workbook or CSV (one file within the size limit), read in memory. */
class BulkUpload extends Upload {

    /** @param received what to do with the file's name and bytes, on the UI thread */
    BulkUpload(UI ui, BiConsumer<String, byte[]> received) {
        super(UploadHandler.inMemory((meta, data) -> ui.access(() -> received.accept(meta.fileName(), data))));
        setAcceptedFileTypes(".xlsx", ".csv");
        setMaxFiles(1);
        setMaxFileSize(InputLimits.MAX_BYTES);
        addFileRejectedListener(e -> Notification.show(
                        getTranslation("import.rejected", ".xlsx, .csv", InputLimits.MAX_MEGABYTES),
                        6000,
                        Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        setUploadButton(new Button(getTranslation("bulk.upload")));
        setDropAllowed(false);
        setId("upload-monitoring");
        ComponentTexts.upload(this);
    }
}
