package org.attain.earlier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.attain.base.ui.ComponentTexts;
import org.attain.base.ui.Routes;
import org.attain.earlier.HistoryImportResult;
import org.attain.earlier.HistoryImportService;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.InputLimits;
import org.attain.importing.history.HistoryDocument;
import org.attain.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Upload an earlier year's self-evaluation or monitoring table → preview of what will be stored as history → confirm
 * (replacing an earlier import of the same table only when asked) or cancel.
 */
@Route(Routes.IMPORT_HISTORY)
@Menu(order = 11, icon = "vaadin:archive", title = "nav.importHistory")
@RolesAllowed(Role.OFFICER)
public class HistoryImportView extends VerticalLayout implements HasDynamicTitle {

    private final HistoryImportService importer;
    private final Div preview = new Div();
    private final TextField department = new TextField();
    private final Checkbox replace = new Checkbox();
    private @Nullable HistoryDocument document;

    HistoryImportView(HistoryImportService importer) {
        this.importer = importer;
        addClassName("attain-page");
        setWidthFull();
        department.setLabel(getTranslation("import.department"));
        department.setMaxLength(200);
        department.setWidth("20rem");
        replace.setLabel(getTranslation("history.import.replace"));
        replace.setId("replace-history");
        preview.setWidthFull();
        preview.setId("import-preview");
        Upload upload = ComponentTexts.upload(new Upload(UploadHandler.inMemory(
                (metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> showPreview(metadata.fileName(), data))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(InputLimits.MAX_BYTES);
        upload.setId("history-upload");
        add(
                new H2(getTranslation("history.import.title")),
                new Paragraph(getTranslation("history.import.help")),
                department,
                replace,
                upload,
                preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.import.title") + " · Attain";
    }

    void showPreview(String fileName, byte[] data) {
        preview.removeAll();
        document = null;
        try {
            document = HistoryImportService.check(fileName, data);
        } catch (ImportException e) {
            refused(fileName, e.getProblems());
            return;
        }
        department.setValue(importer.departmentOf(document));
        Button confirm = new Button(getTranslation("import.confirm"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-history");
        Button cancel = new Button(getTranslation("import.cancel"), e -> {
            document = null;
            preview.removeAll();
            preview.add(new Paragraph(getTranslation("import.cancelled")));
        });
        preview.add(new HistoryPreview(document, getLocale()), confirm, cancel);
    }

    private void confirm() {
        HistoryDocument doc = document;
        if (doc == null) {
            return;
        }
        try {
            String dept = department.getValue().isBlank()
                    ? importer.departmentOf(doc)
                    : department.getValue().strip();
            HistoryImportResult result = importer.store(doc, dept, replace.getValue());
            preview.removeAll();
            String done =
                    getTranslation("history.import.done", result.projects().size());
            preview.add(new Paragraph(done));
            result.projects()
                    .forEach(p -> preview.add(new Paragraph(Routes.link(
                            p.name() + " · " + p.checkpoint().year(),
                            Routes.selfEvaluation(p.projectId(), p.checkpoint())))));
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ImportException e) {
            refused(doc.source(), e.getProblems());
        }
        document = null;
    }

    private void refused(String fileName, List<ImportProblem> problems) {
        preview.removeAll();
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p.message(getLocale()))));
        preview.add(new H3(getTranslation("import.failed", fileName)), list);
        Notification.show(getTranslation("import.failed", fileName), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
