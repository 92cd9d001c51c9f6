package org.attain.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.monitoring.bulk.ActualsImportReport;
import org.attain.monitoring.bulk.ActualsImportService;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The preview of an uploaded monitoring file: what it would change, or its errors by row; stores on confirm. */
class BulkUploadDialog extends Dialog {

    BulkUploadDialog(ActualsImportService importer, String fileName, byte[] bytes, Runnable onStored) {
        setHeaderTitle(getTranslation("bulk.preview", fileName));
        setWidth("min(90vw, 70rem)");
        setId("bulk-dialog");
        ActualsImportReport report;
        try {
            report = importer.read(fileName, bytes);
        } catch (ImportException e) {
            add(problems(e.getProblems()));
            getFooter().add(new Button(getTranslation("entry.conflict.ok"), c -> close()));
            return;
        }
        if (!report.isValid()) {
            add(new Paragraph(getTranslation("bulk.errors", report.errors().size())), problems(report.errors()));
            getFooter().add(new Button(getTranslation("entry.conflict.ok"), c -> close()));
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
        Button confirm = new Button(getTranslation("import.confirm"), c -> {
            try {
                importer.store(fileName, bytes);
                close();
                onStored.run();
            } catch (ImportException e) {
                removeAll();
                add(problems(e.getProblems()));
            } catch (ConcurrentEditException | ConcurrencyFailureException e) {
                removeAll();
                add(new Paragraph(getTranslation("bulk.concurrent", fileName)));
            } catch (AccessDeniedException e) {
                removeAll();
                add(new Paragraph(getTranslation("bulk.denied", fileName)));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("bulk-confirm");
        getFooter().add(new Button(getTranslation("import.cancel"), c -> close()), confirm);
    }

    private UnorderedList problems(List<ImportProblem> problems) {
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(
                p.line() > 0
                        ? getTranslation("bulk.rowError", p.line(), p.message(getLocale()))
                        : p.message(getLocale()))));
        return list;
    }
}
