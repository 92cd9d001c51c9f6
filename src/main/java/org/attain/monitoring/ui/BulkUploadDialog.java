package org.attain.monitoring.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.attain.importing.ImportProblem;
import org.attain.monitoring.bulk.ActualsImportReport;

/**
 * The preview of an uploaded monitoring file: what it would change, or its errors by row. Confirm fires a
 * {@link ConfirmEvent}; the view stores the file and closes the dialog, or shows here why it could not.
 */
class BulkUploadDialog extends Dialog {

    BulkUploadDialog(String fileName) {
        setHeaderTitle(getTranslation("bulk.preview", fileName));
        setWidth("min(90vw, 70rem)");
        setId("bulk-dialog");
    }

    /** Shows what the file would change, or its errors when it has any. */
    void preview(ActualsImportReport report) {
        if (!report.isValid()) {
            add(new Paragraph(getTranslation("bulk.errors", report.errors().size())));
            refused(report.errors());
            return;
        }
        Grid<ActualsImportReport.Line> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ActualsImportReport.Line::row)
                .setHeader(getTranslation("bulk.row"))
                .setKey("row")
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(ActualsImportReport.Line::project)
                .setHeader(getTranslation("project.name"))
                .setKey("project");
        grid.addColumn(l -> l.indicator() == null ? getTranslation("bulk.subject.budget") : l.indicator())
                .setHeader(getTranslation("indicator.name"))
                .setKey("subject");
        grid.addColumn(l -> getTranslation(l.change()))
                .setHeader(getTranslation("bulk.change"))
                .setKey("change");
        grid.setItems(report.lines());
        grid.setAllRowsVisible(report.lines().size() <= 25);
        add(grid);
        Button confirm = new Button(getTranslation("import.confirm"), c -> fireEvent(new ConfirmEvent(this)));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("bulk-confirm");
        getFooter().add(new Button(getTranslation("import.cancel"), c -> close()), confirm);
    }

    /** Shows a file's errors by row, with nothing to confirm. */
    void refused(List<ImportProblem> problems) {
        add(problems(problems));
        getFooter().add(new Button(getTranslation("entry.conflict.ok"), c -> close()));
    }

    /** Replaces the preview by the errors that stopped the file from being stored. */
    void failed(List<ImportProblem> problems) {
        removeAll();
        add(problems(problems));
    }

    /** Replaces the preview by why the file was not stored. */
    void failed(String why) {
        removeAll();
        add(new Paragraph(why));
    }

    Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }

    private UnorderedList problems(List<ImportProblem> problems) {
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(
                p.line() > 0
                        ? getTranslation("bulk.rowError", p.line(), p.message(getLocale()))
                        : p.message(getLocale()))));
        return list;
    }

    /** The user confirmed the preview: store the file. */
    static final class ConfirmEvent extends ComponentEvent<BulkUploadDialog> {

        ConfirmEvent(BulkUploadDialog source) {
            super(source, false);
        }
    }
}
