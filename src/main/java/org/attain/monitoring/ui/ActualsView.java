package org.attain.monitoring.ui;

import jakarta.annotation.security.RolesAllowed;
import org.attain.security.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attain.importing.InputLimits;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.monitoring.EntryException;
import org.attain.monitoring.EntryProblem;
import org.attain.monitoring.EntrySheet;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.StatusService;
import org.attain.project.ProjectService;
import org.attain.dashboard.ui.ProjectView;
import org.attain.status.Checkpoint;

/**
 * Project owners enter actuals, forecasts, reasons and corrective actions for a project and checkpoint. The light of
 * each indicator follows as they type; Save (Ctrl+S) stores the whole form in one transaction.
 */
@Route("projects/:projectId(\\d+)/actuals")
@RolesAllowed({Role.OWNER, Role.OFFICER, Role.LEADERSHIP})
public class ActualsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MonitoringService monitoring;
    private final StatusService status;
    private final List<IndicatorEntryCard> cards = new ArrayList<>();
    private BudgetEntryCard budgetCard;
    private long projectId;
    private Checkpoint checkpoint;
    private String title = "Attain";

    private final ProjectService projects;
    private final org.attain.monitoring.bulk.MonitoringWorkbook workbook;
    private final org.attain.monitoring.bulk.ActualsImportService bulk;

    private final org.attain.security.CurrentUser currentUser;
    private final org.attain.security.ProjectAccess access;
    private final org.attain.monitoring.CheckpointLocks locks;

    ActualsView(MonitoringService monitoring, StatusService status, ProjectService projects,
            org.attain.monitoring.bulk.MonitoringWorkbook workbook, org.attain.monitoring.bulk.ActualsImportService bulk,
            org.attain.security.CurrentUser currentUser, org.attain.security.ProjectAccess access,
            org.attain.monitoring.CheckpointLocks locks) {
        this.currentUser = currentUser;
        this.access = access;
        this.locks = locks;
        this.monitoring = monitoring;
        this.status = status;
        this.projects = projects;
        this.workbook = workbook;
        this.bulk = bulk;
        addClassName("attain-page");
        setWidthFull();
    }

    public static void show(long projectId, Checkpoint at) {
        UI.getCurrent().navigate(ActualsView.class, new RouteParameters("projectId", String.valueOf(projectId)),
                QueryParameters.simple(Map.of("checkpoint", at.iso())));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("projectId").orElseThrow();
        projectId = id;
        checkpoint = event.getLocation().getQueryParameters().getSingleParameter("checkpoint").map(Checkpoint::parse)
                .orElse(null);
        int year = projects.find(id).orElseThrow(NotFoundException::new).getYear();
        if (checkpoint == null || checkpoint.year() != year) {
            checkpoint = status.defaultCheckpoint(year);
        }
        render(monitoring.sheet(id, checkpoint));
    }

    private void render(EntrySheet sheet) {
        checkpoint = sheet.checkpoint();
        boolean en = "en".equals(getLocale().getLanguage());
        title = getTranslation("entry.title") + " · " + sheet.project().getName();
        removeAll();
        cards.clear();
        add(new RouterLink("← " + sheet.project().getName(), ProjectView.class, projectId));
        add(new H2(getTranslation("entry.heading", sheet.project().getName(), checkpoint.label(en))));
        add(toolbar(sheet));
        List<String> missing = sheet.rows().stream().filter(r -> r.stored().actual() == null
                && r.stored().actualLevel() == null).map(r -> r.indicator().getName()).toList();
        if (sheet.rows().stream().allMatch(r -> r.stored().isEmpty())) {
            add(new Paragraph(getTranslation("entry.empty")));
        } else if (!missing.isEmpty()) {
            Paragraph todo = new Paragraph(getTranslation("entry.missing", missing.size(), String.join("、", missing)));
            todo.setId("missing");
            add(todo);
        }
        budgetCard = new BudgetEntryCard(sheet.project().getBudget(), sheet.budget(), status.engine(), checkpoint);
        add(budgetCard);
        Div list = new Div();
        list.setWidthFull();
        sheet.rows().forEach(r -> {
            IndicatorEntryCard card = new IndicatorEntryCard(r, status.engine(), checkpoint);
            cards.add(card);
            list.add(card);
        });
        add(list);
    }

    private HorizontalLayout toolbar(EntrySheet sheet) {
        boolean en = "en".equals(getLocale().getLanguage());
        Select<Integer> month = new Select<>();
        month.setLabel(getTranslation("entry.checkpoint"));
        month.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        month.setItemLabelGenerator(m -> new Checkpoint(sheet.project().getYear(), m).label(en));
        month.setValue(checkpoint.month());
        month.setId("checkpoint-select");
        month.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(projectId, new Checkpoint(sheet.project().getYear(), e.getValue()));
            }
        });
        Button save = new Button(getTranslation("entry.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setId("save-actuals");
        Button cancel = new Button(getTranslation("entry.cancel"), e -> show(projectId, checkpoint));
        cancel.setId("cancel-actuals");
        com.vaadin.flow.component.html.Anchor download = new com.vaadin.flow.component.html.Anchor(
                org.attain.base.ui.Downloads.xlsx("monitoring-" + checkpoint.iso() + "-" + projectId + ".xlsx",
                        () -> workbook.write(java.util.List.of(monitoring.sheet(projectId, checkpoint)), checkpoint)),
                getTranslation("bulk.download"));
        download.setId("download-monitoring");
        com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload(
                com.vaadin.flow.server.streams.UploadHandler.inMemory((meta, data) -> getUI().ifPresent(ui -> ui.access(
                        () -> openBulk(meta.fileName(), data)))));
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(InputLimits.MAX_BYTES);
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("import.rejected", ".xlsx, .csv",
                InputLimits.MAX_MEGABYTES), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        upload.setUploadButton(new Button(getTranslation("bulk.upload")));
        upload.setDropAllowed(false);
        upload.setId("upload-monitoring");
        boolean editable = access.canEnter(projectId) && !locks.isLocked(checkpoint);
        save.setEnabled(editable);
        upload.setVisible(editable);
        HorizontalLayout bar = new HorizontalLayout(month, save, cancel, download, upload);
        if (!editable) {
            com.vaadin.flow.component.html.Span readOnly = new com.vaadin.flow.component.html.Span(getTranslation(
                    locks.isLocked(checkpoint) ? "entry.locked" : "entry.readonly"));
            readOnly.addClassName("attain-demo-badge");
            readOnly.setId("read-only");
            bar.add(readOnly);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("attain-toolbar");
        return bar;
    }

    void openBulk(String fileName, byte[] data) {
        new BulkUploadDialog(bulk, fileName, data, currentUser(), () -> {
            Notification.show(getTranslation("bulk.stored"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render(monitoring.sheet(projectId, checkpoint));
        }).open();
    }

    void save() {
        if (!cards.stream().allMatch(IndicatorEntryCard::isValid)) {
            error(getTranslation("entry.error.fix"));
            return;
        }
        List<ActualInput> changed = cards.stream().filter(IndicatorEntryCard::isChanged)
                .map(IndicatorEntryCard::input).toList();
        try {
            monitoring.save(projectId, checkpoint, changed, budgetCard.isChanged() ? budgetCard.input() : null,
                    currentUser());
            Notification.show(getTranslation("entry.saved", changed.size()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render(monitoring.sheet(projectId, checkpoint));
        } catch (EntryException e) {
            for (EntryProblem p : e.getProblems()) {
                cards.stream().filter(c -> p.subject().equals(c.indicatorName())).findFirst()
                        .ifPresentOrElse(c -> c.showProblem(p.field(), p.message()),
                                () -> budgetCard.showProblem(p.field(), p.message()));
            }
            error(getTranslation("entry.error.rules", e.getProblems().size()));
        } catch (ConcurrentEditException e) {
            conflict(e, changed);
        }
    }

    private void conflict(ConcurrentEditException e, List<ActualInput> mine) {
        render(monitoring.sheet(projectId, checkpoint));
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("entry.conflict.title"));
        UnorderedList list = new UnorderedList();
        e.getChanged().forEach(n -> list.add(new ListItem(n)));
        dialog.add(new Paragraph(getTranslation("entry.conflict.text")), list);
        dialog.getFooter().add(new Button(getTranslation("entry.conflict.ok"), c -> dialog.close()));
        dialog.setId("conflict-dialog");
        dialog.open();
    }

    private String currentUser() {
        return currentUser.name();
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
