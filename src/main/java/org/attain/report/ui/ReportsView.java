package org.attain.report.ui;

import jakarta.annotation.security.RolesAllowed;
import org.attain.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.attain.meeting.ui.MeetingView;
import org.attain.monitoring.StatusService;
import org.attain.project.ProjectService;
import org.attain.report.ReportService;
import org.attain.status.Checkpoint;

/** The performance officer's tables: monitoring and self-evaluation for all projects, the briefing book, the meeting. */
@Route("reports")
@Menu(order = 5, icon = "vaadin:file-table", title = "nav.reports")
@RolesAllowed({Role.OFFICER, Role.LEADERSHIP})
public class ReportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final StatusService status;
    private final ProjectService projects;

    private final org.attain.monitoring.CheckpointLocks locks;
    private final org.attain.security.CurrentUser currentUser;

    ReportsView(ReportService reports, StatusService status, ProjectService projects,
            org.attain.monitoring.CheckpointLocks locks, org.attain.security.CurrentUser currentUser) {
        this.locks = locks;
        this.currentUser = currentUser;
        this.reports = reports;
        this.status = status;
        this.projects = projects;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports") + " · Attain";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Integer> years = projects.years();
        if (years.isEmpty()) {
            add(new H2(getTranslation("nav.reports")), new Paragraph(getTranslation("portfolio.empty.text")));
            return;
        }
        int year = years.getFirst();
        Checkpoint at = event.getLocation().getQueryParameters().getSingleParameter("checkpoint").map(s -> {
            try {
                return Checkpoint.parse(s);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).orElseGet(() -> status.defaultCheckpoint(year));
        boolean en = "en".equals(getLocale().getLanguage());
        Select<Integer> month = new Select<>();
        month.setLabel(getTranslation("dashboard.checkpoint"));
        month.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        month.setItemLabelGenerator(m -> new Checkpoint(at.year(), m).label(en));
        month.setValue(at.month());
        month.setId("checkpoint-select");
        month.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(ReportsView.class,
                QueryParameters.simple(Map.of("checkpoint", new Checkpoint(at.year(), e.getValue()).iso())))));
        add(new H2(getTranslation("reports.heading", at.year())), month);

        add(new H3(getTranslation("reports.monitoring", at.label(en))), row(
                ReportDownloads.link("Excel", "monitoring-" + at.iso(), ReportService.Format.XLSX,
                        () -> reports.export(ReportService.Kind.MONITORING, ReportService.Format.XLSX, at.year(), at, null),
                        "monitoring-xlsx"),
                ReportDownloads.link("PDF", "monitoring-" + at.iso(), ReportService.Format.PDF,
                        () -> reports.export(ReportService.Kind.MONITORING, ReportService.Format.PDF, at.year(), at, null),
                        "monitoring-pdf"),
                ReportDownloads.link("CSV", "monitoring-" + at.iso(), ReportService.Format.CSV,
                        () -> reports.export(ReportService.Kind.MONITORING, ReportService.Format.CSV, at.year(), at, null),
                        "monitoring-csv")));
        add(new H3(getTranslation("reports.selfEvaluation", at.year())), row(
                ReportDownloads.link("Excel", "self-evaluation-" + at.year(), ReportService.Format.XLSX,
                        () -> reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.XLSX, at.year(), at,
                                null), "self-xlsx"),
                ReportDownloads.link("PDF", "self-evaluation-" + at.year(), ReportService.Format.PDF,
                        () -> reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.PDF, at.year(), at,
                                null), "self-pdf"),
                ReportDownloads.link("CSV", "self-evaluation-" + at.year(), ReportService.Format.CSV,
                        () -> reports.export(ReportService.Kind.SELF_EVALUATION, ReportService.Format.CSV, at.year(), at,
                                null), "self-csv")));
        add(new Paragraph(getTranslation("reports.selfEvaluation.help")));
        add(new H3(getTranslation("reports.meeting")), row(
                ReportDownloads.link(getTranslation("reports.briefing"), "briefing-" + at.iso(), ReportService.Format.PDF,
                        () -> reports.briefing(at), "briefing-pdf")));
        if (currentUser.has(org.attain.security.Role.PERFORMANCE_OFFICER)) {
            Button start = new Button(getTranslation("reports.startMeeting"), e -> MeetingView.show(at, 0));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-meeting");
            add(start, new H3(getTranslation("reports.lock", at.label(en))), lockControls(at));
        }
    }

    private com.vaadin.flow.component.Component lockControls(Checkpoint at) {
        boolean locked = locks.isLocked(at);
        com.vaadin.flow.component.textfield.TextField reason = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("reports.unlockReason"));
        reason.setVisible(locked);
        reason.setId("unlock-reason");
        Button toggle = new Button(getTranslation(locked ? "reports.unlock" : "reports.lockNow"), e -> {
            try {
                if (locked) {
                    locks.unlock(at, reason.getValue());
                } else {
                    locks.lock(at);
                }
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            } catch (IllegalArgumentException ex) {
                com.vaadin.flow.component.notification.Notification.show(ex.getMessage(), 6000,
                        com.vaadin.flow.component.notification.Notification.Position.MIDDLE).addThemeVariants(
                        com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            }
        });
        toggle.setId("toggle-lock");
        Paragraph state = new Paragraph(getTranslation(locked ? "reports.locked" : "reports.open"));
        state.setId("lock-state");
        HorizontalLayout row = new HorizontalLayout(state, reason, toggle);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }

    private static Div row(com.vaadin.flow.component.Component... items) {
        HorizontalLayout row = new HorizontalLayout(items);
        return new Div(row);
    }
}
