package org.attain.importing.ui;

import jakarta.annotation.security.RolesAllowed;
import org.attain.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.Year;
import java.util.List;
import org.attain.base.ui.Downloads;
import org.attain.importing.Finding;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.ImportReport;
import org.attain.importing.ImportResult;
import org.attain.importing.InputLimits;
import org.attain.importing.ProjectDraft;
import org.attain.importing.TargetDownloads;
import org.attain.importing.TargetImportService;

/** Upload an approval document (.txt, .md, .xlsx) → preview with warnings and findings → confirm or cancel. */
@Route("import")
@Menu(order = 10, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed(Role.OFFICER)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final TargetImportService importer;
    private final Div preview = new Div();
    private final TextField department = new TextField();
    private ImportReport report;

    private final org.attain.security.CurrentUser currentUser;

    ImportView(TargetImportService importer, TargetDownloads downloads, org.attain.security.CurrentUser currentUser) {
        this.importer = importer;
        this.currentUser = currentUser;
        addClassName("attain-page");
        setWidthFull();
        department.setLabel(getTranslation("import.department"));
        department.setValue(importer.defaultDepartment());
        department.setMaxLength(200);
        department.setWidth("20rem");
        preview.setWidthFull();
        preview.setId("import-preview");
        Anchor template = new Anchor(Downloads.xlsx("approval-template.xlsx",
                () -> downloads.blankTemplate(Year.now().getValue())), getTranslation("import.template"));
        template.setId("download-template");
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), template,
                department, createUpload(), preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Attain";
    }

    private Upload createUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(
                ui -> ui.access(() -> showPreview(metadata.fileName(), data)))));
        upload.setAcceptedFileTypes(".txt", ".md", ".xlsx", "text/plain", "text/markdown", Downloads.XLSX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(InputLimits.MAX_BYTES);
        upload.setId("approval-upload");
        upload.addFileRejectedListener(e -> error(getTranslation("import.rejected", ".txt, .md, .xlsx",
                InputLimits.MAX_MEGABYTES)));
        return upload;
    }

    /** Reads the document and shows what would be imported; nothing is stored yet. */
    void showPreview(String fileName, byte[] data) {
        preview.removeAll();
        report = null;
        try {
            report = importer.read(fileName, data);
        } catch (ImportException e) {
            preview.add(new H3(getTranslation("import.failed", fileName)), problems(e.getProblems()));
            error(getTranslation("import.failed", fileName));
            return;
        }
        preview.add(new H3(getTranslation("import.preview", fileName, report.document().projects().size(),
                report.indicatorCount())));
        preview.add(projectGrid(report.document().projects()));
        if (!report.document().warnings().isEmpty()) {
            preview.add(new H3(getTranslation("import.warnings", report.document().warnings().size())),
                    problems(report.document().warnings()));
        }
        preview.add(new H3(getTranslation("import.findings")), findings(report.findings()));
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
            ImportResult result = importer.store(report, department.getValue().isBlank()
                    ? importer.defaultDepartment() : department.getValue().strip(), currentUser.name());
            preview.removeAll();
            preview.add(new Paragraph(getTranslation("import.done", result.projects().size(), result.revisedTargets())),
                    new RouterLink(getTranslation("nav.portfolio"), org.attain.dashboard.ui.PortfolioView.class));
            Notification.show(getTranslation("import.done", result.projects().size(), result.revisedTargets()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ImportException e) {
            preview.add(problems(e.getProblems()));
            error(getTranslation("import.failed", report.document().source()));
        } catch (org.springframework.dao.ConcurrencyFailureException | org.springframework.dao.DataIntegrityViolationException e) {
            // someone else stored the same projects meanwhile: this import was rolled back, nothing of it was stored
            preview.removeAll();
            preview.add(new Paragraph(getTranslation("import.concurrent", report.document().source())));
            error(getTranslation("import.concurrent", report.document().source()));
        }
        report = null;
    }

    private void cancel() {
        report = null;
        preview.removeAll();
        preview.add(new Paragraph(getTranslation("import.cancelled")));
    }

    private Grid<ProjectDraft> projectGrid(List<ProjectDraft> projects) {
        Grid<ProjectDraft> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ProjectDraft::name).setHeader(getTranslation("project.name")).setKey("name").setFlexGrow(3);
        grid.addColumn(ProjectDraft::year).setHeader(getTranslation("project.year")).setKey("year");
        grid.addColumn(p -> p.budget() == null ? "—" : p.budget().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("project.budget.wan")).setKey("budget");
        grid.addColumn(p -> p.indicators(org.attain.indicator.GoalTable.ANNUAL).size())
                .setHeader(getTranslation("project.indicators.annual")).setKey("annual");
        grid.addColumn(p -> p.indicators(org.attain.indicator.GoalTable.LONG_TERM).size())
                .setHeader(getTranslation("project.indicators.longterm")).setKey("longTerm");
        grid.setItems(projects);
        grid.setAllRowsVisible(true);
        grid.setId("preview-projects");
        return grid;
    }

    private Component problems(List<ImportProblem> problems) {
        UnorderedList list = new UnorderedList();
        list.addClassName("attain-problems");
        problems.forEach(p -> list.add(new ListItem(p.line() > 0
                ? getTranslation("import.line", p.line(), p.message(getLocale())) : p.message(getLocale()))));
        return list;
    }

    private Component findings(List<Finding> findings) {
        UnorderedList list = new UnorderedList();
        findings.forEach(f -> list.add(new ListItem((f.severity() == Finding.Severity.OK ? "✓ " : "⚠ ") + f.project()
                + ": " + f.message())));
        return list;
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
