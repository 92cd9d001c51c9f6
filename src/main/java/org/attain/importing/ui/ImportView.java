package org.attain.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Year;
import org.attain.base.ui.ComponentTexts;
import org.attain.base.ui.Downloads;
import org.attain.base.ui.Routes;
import org.attain.importing.ImportException;
import org.attain.importing.ImportReport;
import org.attain.importing.ImportResult;
import org.attain.importing.InputLimits;
import org.attain.importing.TargetDownloads;
import org.attain.importing.TargetImportService;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Upload an approval document (Word, Excel, PDF with text, or text; recognised by content) → preview of every project's
 * table as it will be stored beside its warnings → confirm or cancel.
 */
@Route(Routes.IMPORT)
@Menu(order = 10, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed(Role.OFFICER)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final String[] ACCEPTED = {
        ".docx",
        ".xlsx",
        ".xls",
        ".pdf",
        ".txt",
        ".md",
        ".csv",
        ".tsv",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Downloads.XLSX,
        "application/vnd.ms-excel",
        "application/pdf",
        "text/plain",
        "text/markdown",
        "text/csv",
        "text/tab-separated-values"
    };

    private final TargetImportService importer;
    private final CurrentUser currentUser;
    private final Div preview = new Div();
    private final ImportOptions options;
    private ImportReport report;
    /** Reads the document on preview again (the year changed); nothing once it is stored or cancelled. */
    private Runnable readAgain = () -> {};

    ImportView(TargetImportService importer, TargetDownloads downloads, CurrentUser currentUser) {
        this.importer = importer;
        this.currentUser = currentUser;
        addClassName("attain-page");
        setWidthFull();
        options = new ImportOptions(importer.defaultDepartment(), () -> readAgain.run());
        preview.setWidthFull();
        preview.setId("import-preview");
        int year = Year.now().getValue();
        String file = getTranslation("paper.file.template", year) + ".xlsx";
        Anchor template = new Anchor(
                Downloads.xlsx(file, () -> downloads.blankTemplate(year)), getTranslation("import.template"));
        template.setId("download-template");
        add(
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.help")),
                template,
                options,
                createUpload(),
                preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Attain";
    }

    private Upload createUpload() {
        Upload upload = ComponentTexts.upload(new Upload(UploadHandler.inMemory(
                (metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> showPreview(metadata.fileName(), data))))));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(InputLimits.MAX_BYTES);
        upload.setId("approval-upload");
        upload.addFileRejectedListener(e -> error(
                getTranslation("import.rejected", ".docx, .xlsx, .xls, .pdf, .txt, .md", InputLimits.MAX_MEGABYTES)));
        return upload;
    }

    /** Reads the document and shows what would be imported; nothing is stored yet. */
    void showPreview(String fileName, byte[] data) {
        preview.removeAll();
        report = null;
        readAgain = () -> showPreview(fileName, data);
        try {
            report = importer.read(fileName, data, options.year());
        } catch (ImportException e) {
            preview.add(
                    new H3(getTranslation("import.failed", fileName)),
                    ImportPreview.problems(e.getProblems(), getLocale()));
            error(getTranslation("import.failed", fileName));
            return;
        }
        options.setDepartment(importer.departmentOf(report));
        preview.add(new ImportPreview(fileName, report, getLocale()));
        Button confirm = new Button(getTranslation("import.confirm"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-import");
        Button cancel = new Button(getTranslation("import.cancel"), e -> cancel());
        cancel.setId("cancel-import");
        preview.add(new HorizontalLayout(confirm, cancel));
    }

    private void confirm() {
        if (report == null) {
            return;
        }
        try {
            ImportResult result = importer.store(report, options.department(importer.defaultDepartment()));
            preview.removeAll();
            String done = getTranslation("import.done", result.projects().size(), result.revisedTargets());
            preview.add(new Paragraph(done), Routes.link(getTranslation("nav.portfolio"), Routes.portfolio()));
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ImportException e) {
            preview.add(ImportPreview.problems(e.getProblems(), getLocale()));
            error(getTranslation("import.failed", report.document().source()));
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            // someone else stored the same projects meanwhile: this import was rolled back, nothing of it was stored
            preview.removeAll();
            preview.add(new Paragraph(
                    getTranslation("import.concurrent", report.document().source())));
            error(getTranslation("import.concurrent", report.document().source()));
        }
        report = null;
        readAgain = () -> {};
    }

    private void cancel() {
        report = null;
        readAgain = () -> {};
        preview.removeAll();
        preview.add(new Paragraph(getTranslation("import.cancelled")));
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
