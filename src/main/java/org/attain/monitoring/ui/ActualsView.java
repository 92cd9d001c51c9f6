package org.attain.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.attain.base.ui.Downloads;
import org.attain.base.ui.Routes;
import org.attain.importing.ImportException;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.CheckpointLocks;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.monitoring.EntryException;
import org.attain.monitoring.EntrySheet;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.bulk.ActualsImportService;
import org.attain.monitoring.bulk.MonitoringWorkbook;
import org.attain.portfolio.StatusService;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.ProjectService;
import org.attain.review.ReviewRefusal;
import org.attain.review.ReviewService;
import org.attain.review.ui.ReviewBar;
import org.attain.security.CurrentUser;
import org.attain.security.People;
import org.attain.security.ProjectAccess;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Project owners enter actuals, forecasts, reasons and corrective actions for a project and checkpoint. The light of
 * each indicator follows as they type; Save (Ctrl+S) stores the whole form in one transaction.
 */
@Route(Routes.ACTUALS)
@RolesAllowed({Role.OWNER, Role.OFFICER, Role.LEADERSHIP})
public class ActualsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckpointParameter checkpoints;
    private final MonitoringService monitoring;
    private final StatusService status;
    private EntryForm form;
    private long projectId;
    private Checkpoint checkpoint;
    private String title = "Attain";

    private final ProjectService projects;
    private final MonitoringWorkbook workbook;
    private final ActualsImportService bulk;

    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final CheckpointLocks locks;
    private final ReviewService reviews;
    private final People people;

    ActualsView(
            MonitoringService monitoring,
            StatusService status,
            ProjectService projects,
            MonitoringWorkbook workbook,
            ActualsImportService bulk,
            CurrentUser currentUser,
            ProjectAccess access,
            CheckpointLocks locks,
            CheckpointParameter checkpoints,
            ReviewService reviews,
            People people) {
        this.checkpoints = checkpoints;
        this.reviews = reviews;
        this.people = people;
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
        UI.getCurrent()
                .navigate(
                        ActualsView.class,
                        new RouteParameters("projectId", String.valueOf(projectId)),
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
        int year = projects.find(id).orElseThrow(NotFoundException::new).getYear();
        checkpoint = checkpoints.read(event.getLocation(), year);
        render(monitoring.sheet(id, checkpoint));
    }

    private void render(EntrySheet sheet) {
        checkpoint = sheet.checkpoint();
        title = getTranslation("entry.title") + " · " + sheet.project().getName();
        removeAll();
        add(Routes.link("← " + sheet.project().getName(), Routes.project(projectId, checkpoint)));
        add(new H2(getTranslation("entry.heading", sheet.project().getName(), checkpoint)));
        var lock = locks.holding(checkpoint, projectId);
        String readOnly = lock.map(l -> getTranslation(l.all() ? "entry.locked" : "entry.lockedFor", l.department()))
                .orElse(access.canEnter(projectId) ? null : getTranslation("entry.readonly"));
        add(toolbar(sheet, readOnly));
        add(new ReviewBar(
                reviews,
                projectId,
                checkpoint,
                lock.isEmpty() && access.canEnter(projectId),
                lock.isEmpty() && currentUser.has(Role.PERFORMANCE_OFFICER),
                this::saveChanges,
                () -> render(monitoring.sheet(projectId, checkpoint))));
        form = new EntryForm(sheet, status.engine(), people.names(getLocale()));
        add(form);
    }

    private EntryToolbar toolbar(EntrySheet sheet, String readOnly) {
        Anchor download = new Anchor(
                Downloads.xlsx(
                        "monitoring-" + checkpoint.iso() + "-" + projectId + ".xlsx",
                        () -> workbook.write(List.of(monitoring.sheet(projectId, checkpoint)), checkpoint)),
                getTranslation("bulk.download"));
        return new EntryToolbar(sheet.project().getYear(), checkpoint, download, readOnly, new EntryToolbar.Actions() {
            @Override
            public void show(Checkpoint at) {
                ActualsView.show(projectId, at);
            }

            @Override
            public void save() {
                ActualsView.this.save();
            }

            @Override
            public void upload(String fileName, byte[] bytes) {
                openBulk(fileName, bytes);
            }
        });
    }

    void openBulk(String fileName, byte[] data) {
        BulkUploadDialog dialog = new BulkUploadDialog(fileName);
        try {
            dialog.preview(bulk.read(fileName, data));
        } catch (ImportException e) {
            dialog.refused(e.getProblems());
        }
        dialog.addConfirmListener(e -> storeBulk(dialog, fileName, data));
        dialog.open();
    }

    private void storeBulk(BulkUploadDialog dialog, String fileName, byte[] data) {
        try {
            bulk.store(fileName, data);
            dialog.close();
            Notification.show(getTranslation("bulk.stored"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render(monitoring.sheet(projectId, checkpoint));
        } catch (ImportException e) {
            dialog.failed(e.getProblems());
        } catch (ConcurrentEditException | ConcurrencyFailureException e) {
            dialog.failed(getTranslation("bulk.concurrent", fileName));
        } catch (AccessDeniedException e) {
            dialog.failed(getTranslation("bulk.denied", fileName));
        }
    }

    /** Before submitting: stores unsaved changes, if any; false when they could not be stored. */
    private boolean saveChanges() {
        return !form.isChanged() || save();
    }

    boolean save() {
        if (!form.isValid()) {
            error(getTranslation("entry.error.fix"));
            return false;
        }
        List<ActualInput> changed = form.changedActuals();
        try {
            monitoring.save(projectId, checkpoint, changed, form.changedBudget());
            Notification.show(getTranslation("entry.saved", changed.size()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render(monitoring.sheet(projectId, checkpoint));
            return true;
        } catch (ReviewRefusal e) {
            error(e.message(getLocale()));
        } catch (EntryException e) {
            form.showProblems(e.getProblems());
            error(getTranslation("entry.error.rules", e.getProblems().size()));
        } catch (ConcurrentEditException e) {
            render(monitoring.sheet(projectId, checkpoint));
            new ConflictDialog(e).open();
        }
        return false;
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
