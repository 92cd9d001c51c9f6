package org.attain.monitoring.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attain.base.ui.Routes;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.monitoring.EntryException;
import org.attain.monitoring.EntryProblem;
import org.attain.monitoring.EntrySheet;
import org.attain.monitoring.MonitoringService;
import org.attain.portfolio.StatusService;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.ProjectService;
import org.attain.review.ReviewRefusal;
import org.attain.review.ReviewService;
import org.attain.review.ui.ReviewBar;
import org.attain.review.ui.ReviewMarks;
import org.attain.security.Names;
import org.attain.security.People;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

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
    private final ReviewService reviews;
    private final People people;

    ActualsView(
            MonitoringService monitoring,
            StatusService status,
            ProjectService projects,
            org.attain.monitoring.bulk.MonitoringWorkbook workbook,
            org.attain.monitoring.bulk.ActualsImportService bulk,
            org.attain.security.CurrentUser currentUser,
            org.attain.security.ProjectAccess access,
            org.attain.monitoring.CheckpointLocks locks,
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
        cards.clear();
        add(Routes.link("← " + sheet.project().getName(), Routes.project(projectId, checkpoint)));
        add(new H2(getTranslation("entry.heading", sheet.project().getName(), checkpoint)));
        add(toolbar(sheet));
        boolean open = !locks.isLocked(checkpoint);
        add(new ReviewBar(
                reviews,
                projectId,
                checkpoint,
                open && access.canEnter(projectId),
                open && currentUser.has(Role.PERFORMANCE_OFFICER),
                this::saveChanges,
                () -> render(monitoring.sheet(projectId, checkpoint))));
        Names names = people.names(getLocale());
        List<String> missing = sheet.rows().stream()
                .filter(r -> r.stored().actual() == null && r.stored().actualLevel() == null)
                .map(r -> r.indicator().getName())
                .toList();
        if (sheet.rows().stream().allMatch(r -> r.stored().isEmpty())) {
            add(new Paragraph(getTranslation("entry.empty")));
        } else if (!missing.isEmpty()) {
            Paragraph todo = new Paragraph(getTranslation("entry.missing", missing.size(), missing));
            todo.setId("missing");
            add(todo);
        }
        budgetCard = new BudgetEntryCard(sheet.project().getBudget(), sheet.budget(), status.engine(), checkpoint);
        ReviewMarks.mark(budgetCard, sheet.budgetReview(), names);
        add(budgetCard);
        Div list = new Div();
        list.setWidthFull();
        sheet.rows().forEach(r -> {
            IndicatorEntryCard card = new IndicatorEntryCard(r, status.engine(), checkpoint);
            ReviewMarks.mark(card, r.review(), names);
            cards.add(card);
            list.add(card);
        });
        add(list);
    }

    private HorizontalLayout toolbar(EntrySheet sheet) {
        Select<Integer> month = new Select<>();
        month.setLabel(getTranslation("entry.checkpoint"));
        month.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        month.setItemLabelGenerator(
                m -> getTranslation(new Checkpoint(sheet.project().getYear(), m)));
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
                org.attain.base.ui.Downloads.xlsx(
                        "monitoring-" + checkpoint.iso() + "-" + projectId + ".xlsx",
                        () -> workbook.write(java.util.List.of(monitoring.sheet(projectId, checkpoint)), checkpoint)),
                getTranslation("bulk.download"));
        download.setId("download-monitoring");
        BulkUpload upload = new BulkUpload(UI.getCurrent(), this::openBulk);
        boolean editable = access.canEnter(projectId) && !locks.isLocked(checkpoint);
        save.setEnabled(editable);
        upload.setVisible(editable);
        HorizontalLayout bar = new HorizontalLayout(month, save, cancel, download, upload);
        if (!editable) {
            com.vaadin.flow.component.html.Span readOnly = new com.vaadin.flow.component.html.Span(
                    getTranslation(locks.isLocked(checkpoint) ? "entry.locked" : "entry.readonly"));
            readOnly.addClassName("attain-demo-badge");
            readOnly.setId("read-only");
            bar.add(readOnly);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("attain-toolbar");
        return bar;
    }

    void openBulk(String fileName, byte[] data) {
        new BulkUploadDialog(bulk, fileName, data, () -> {
                    Notification.show(getTranslation("bulk.stored"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    render(monitoring.sheet(projectId, checkpoint));
                })
                .open();
    }

    /** Before submitting: stores unsaved changes, if any; false when they could not be stored. */
    private boolean saveChanges() {
        boolean unsaved = budgetCard.isChanged() || cards.stream().anyMatch(IndicatorEntryCard::isChanged);
        return !unsaved || save();
    }

    boolean save() {
        if (!cards.stream().allMatch(IndicatorEntryCard::isValid)) {
            error(getTranslation("entry.error.fix"));
            return false;
        }
        List<ActualInput> changed = cards.stream()
                .filter(IndicatorEntryCard::isChanged)
                .map(IndicatorEntryCard::input)
                .toList();
        try {
            monitoring.save(projectId, checkpoint, changed, budgetCard.isChanged() ? budgetCard.input() : null);
            Notification.show(getTranslation("entry.saved", changed.size()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render(monitoring.sheet(projectId, checkpoint));
            return true;
        } catch (ReviewRefusal e) {
            error(e.message(getLocale()));
        } catch (EntryException e) {
            for (EntryProblem p : e.getProblems()) {
                String message = getTranslation(p.message());
                cards.stream()
                        .filter(c -> c.indicatorName().equals(p.indicator()))
                        .findFirst()
                        .ifPresentOrElse(
                                c -> c.showProblem(p.field(), message),
                                () -> budgetCard.showProblem(p.field(), message));
            }
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
