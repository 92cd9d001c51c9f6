package org.attain.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.fullscreen.Fullscreen;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.attain.base.ui.Routes;
import org.attain.monitoring.CheckpointLocks;
import org.attain.portfolio.StatusService;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.DepartmentScopes;
import org.attain.project.DepartmentTree;
import org.attain.project.ProjectService;
import org.attain.report.PaperNames;
import org.attain.report.ReportService;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

/** The performance officer's tables: monitoring and self-evaluation for all projects, the briefing book, the meeting. */
@Route(Routes.REPORTS)
@Menu(order = 5, icon = "vaadin:file-table", title = "nav.reports")
@RolesAllowed({Role.OFFICER, Role.LEADERSHIP})
public class ReportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckpointParameter checkpoints;
    private final ReportService reports;
    private final StatusService status;
    private final ProjectService projects;

    private final CheckpointLocks locks;
    private final DepartmentTree tree;
    private final DepartmentScopes scopes;
    private final CurrentUser currentUser;

    ReportsView(
            ReportService reports,
            StatusService status,
            ProjectService projects,
            CheckpointLocks locks,
            DepartmentTree tree,
            DepartmentScopes scopes,
            CurrentUser currentUser,
            CheckpointParameter checkpoints) {
        this.checkpoints = checkpoints;
        this.locks = locks;
        this.tree = tree;
        this.scopes = scopes;
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
        Checkpoint at = checkpoints.read(event.getLocation(), years, year);
        Select<Integer> month = new Select<>();
        month.setLabel(getTranslation("dashboard.checkpoint"));
        month.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        month.setItemLabelGenerator(m -> getTranslation(new Checkpoint(at.year(), m)));
        month.setValue(at.month());
        month.setId("checkpoint-select");
        month.addValueChangeListener(e -> Routes.go(Routes.reports(new Checkpoint(at.year(), e.getValue()))));
        add(new H2(getTranslation("reports.heading", at.year())), month);

        add(
                new H3(getTranslation("reports.monitoring", at)),
                formats(
                        PaperNames.monitoring(at, null),
                        "monitoring-",
                        f -> reports.export(ReportService.Kind.MONITORING, f, at.year(), at, null)));
        add(
                new H3(getTranslation("reports.selfEvaluation", at.year())),
                formats(
                        PaperNames.selfEvaluation(at, null),
                        "self-",
                        f -> reports.export(ReportService.Kind.SELF_EVALUATION, f, at.year(), at, null)));
        add(new Paragraph(getTranslation("reports.selfEvaluation.help")));
        add(
                new H3(getTranslation("reports.meeting")),
                row(ReportDownloads.link(
                        getTranslation("reports.briefing"),
                        PaperNames.briefing(at),
                        ReportService.Format.PDF,
                        () -> reports.briefing(at),
                        "briefing-pdf")));
        if (currentUser.has(Role.PERFORMANCE_OFFICER)) {
            Button start = new Button(getTranslation("reports.startMeeting"), e -> Routes.go(Routes.meeting(at, 0)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-meeting");
            // the meeting opens in the browser's real full screen, which a click must ask for
            Fullscreen.onClick(start).enter();
            add(start, new H3(getTranslation("reports.lock", at)), new LockControls(locks, tree, scopes.current(), at));
        }
    }

    /** Excel, PDF and CSV of one table, with ids {@code idPrefix + extension}. */
    private static Div formats(String fileName, String idPrefix, Function<ReportService.Format, byte[]> content) {
        return row(Stream.of(ReportService.Format.XLSX, ReportService.Format.PDF, ReportService.Format.CSV)
                .map(f -> ReportDownloads.link(
                        f == ReportService.Format.XLSX ? "Excel" : f.name(),
                        fileName,
                        f,
                        () -> content.apply(f),
                        idPrefix + f.extension()))
                .toArray(Component[]::new));
    }

    private static Div row(Component... items) {
        HorizontalLayout row = new HorizontalLayout(items);
        return new Div(row);
    }
}
