package org.attain.meeting.ui;

import jakarta.annotation.security.RolesAllowed;
import org.attain.security.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.attain.dashboard.ui.PortfolioView;
import org.attain.meeting.MeetingNote;
import org.attain.meeting.MeetingService;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.monitoring.IndicatorRow;
import org.attain.monitoring.PortfolioStatus;
import org.attain.monitoring.ProjectStatus;
import org.attain.monitoring.StatusService;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.attain.status.ui.LightBadge;

/**
 * The mid-year review meeting on a projector: an agenda ordered by worst light, then one project per slide with its
 * lights, shortfalls, reasons and corrective actions; remarks and decisions are recorded per project. PageDown /
 * PageUp (or a presenter's clicker), Home and End move between slides; the slide is in the URL.
 */
@Route(value = "meeting", autoLayout = false)
@RolesAllowed(Role.OFFICER)
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StatusService status;
    private final MeetingService meetings;
    private final ProjectService projects;
    private Checkpoint checkpoint;
    private List<ProjectStatus> agenda = List.of();
    private int slide;

    private final org.attain.security.CurrentUser currentUser;

    MeetingView(StatusService status, MeetingService meetings, ProjectService projects,
            org.attain.security.CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.status = status;
        this.meetings = meetings;
        this.projects = projects;
        addClassName("attain-meeting");
        setSizeFull();
        Shortcuts.addShortcutListener(this, () -> go(slide + 1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> go(slide - 1), Key.PAGE_UP);
        Shortcuts.addShortcutListener(this, () -> go(0), Key.HOME);
        Shortcuts.addShortcutListener(this, () -> go(agenda.size()), Key.END);
    }

    public static void show(Checkpoint at, int slide) {
        UI.getCurrent().navigate(MeetingView.class,
                QueryParameters.simple(Map.of("checkpoint", at.iso(), "slide", String.valueOf(slide))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.title") + " · Attain";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        List<Integer> years = projects.years();
        int year = years.isEmpty() ? java.time.Year.now().getValue() : years.getFirst();
        checkpoint = params.getSingleParameter("checkpoint").map(s -> {
            try {
                return Checkpoint.parse(s);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).orElseGet(() -> status.defaultCheckpoint(year));
        PortfolioStatus portfolio = status.portfolio(checkpoint);
        agenda = portfolio.worstFirst();
        slide = params.getSingleParameter("slide").filter(s -> s.matches("\\d{1,4}")).map(Integer::valueOf).orElse(0);
        slide = Math.max(0, Math.min(slide, agenda.size()));
        render(portfolio);
    }

    /** Moves to a slide (0 = agenda). */
    public void go(int target) {
        int next = Math.max(0, Math.min(target, agenda.size()));
        if (next != slide) {
            show(checkpoint, next);
        }
    }

    private void render(PortfolioStatus portfolio) {
        removeAll();
        add(topBar(portfolio));
        Div body = new Div();
        body.addClassName("attain-slide");
        body.setId("slide");
        if (slide == 0 || agenda.isEmpty()) {
            body.add(agendaSlide());
        } else {
            body.add(projectSlide(agenda.get(slide - 1)));
        }
        add(body);
        setFlexGrow(1, body);
    }

    private HorizontalLayout topBar(PortfolioStatus portfolio) {
        boolean en = "en".equals(getLocale().getLanguage());
        Span title = new Span(getTranslation("meeting.heading", checkpoint.year(), checkpoint.label(en)));
        title.addClassName("attain-meeting-title");
        Span counter = new Span((slide + 1) + " / " + (agenda.size() + 1));
        counter.setId("slide-counter");
        Button prev = new Button("◀", e -> go(slide - 1));
        prev.setAriaLabel(getTranslation("meeting.previous"));
        prev.setId("previous-slide");
        Button next = new Button("▶", e -> go(slide + 1));
        next.setAriaLabel(getTranslation("meeting.next"));
        next.setId("next-slide");
        Anchor minutes = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = meetings.minutes(status.portfolio(checkpoint));
            return new DownloadResponse(new ByteArrayInputStream(pdf), "minutes-" + checkpoint.iso() + ".pdf",
                    "application/pdf", pdf.length);
        }), getTranslation("meeting.minutes"));
        minutes.setId("download-minutes");
        RouterLink exit = new RouterLink(getTranslation("meeting.exit"), PortfolioView.class);
        exit.setQueryParameters(QueryParameters.simple(Map.of("checkpoint", checkpoint.iso())));
        HorizontalLayout bar = new HorizontalLayout(title, counter, prev, next, minutes, exit);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.addClassName("attain-meeting-bar");
        bar.expand(title);
        return bar;
    }

    private Div agendaSlide() {
        Div slideContent = new Div(new H1(getTranslation("meeting.agenda")));
        OrderedList list = new OrderedList();
        list.setId("agenda");
        for (int i = 0; i < agenda.size(); i++) {
            ProjectStatus p = agenda.get(i);
            int target = i + 1;
            Button open = new Button(p.name(), e -> go(target));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            ListItem item = new ListItem(new LightBadge(p.light()), open,
                    new Span(getTranslation("meeting.shortfalls", p.shortfalls().size())
                            + (p.budgetFallsShort() ? getTranslation("meeting.budgetLags") : "")));
            list.add(item);
        }
        slideContent.add(list);
        return slideContent;
    }

    private Div projectSlide(ProjectStatus p) {
        boolean en = "en".equals(getLocale().getLanguage());
        HorizontalLayout head = new HorizontalLayout(new H1(p.name()), new LightBadge(p.light()));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        Div budget = new Div(new LightBadge(p.budgetStatus().light()), new Span(" " + p.budgetStatus().explanation(en)));
        budget.addClassName("attain-meeting-budget");
        budget.setId("slide-budget");
        if (p.budgetFallsShort()) {
            budget.addClassName("attain-meeting-budget-short");
            String why = org.attain.dashboard.ui.ShortfallList.deviation(p.budgetDeviation(), en, this::getTranslation);
            if (!why.isEmpty()) {
                Div reasons = new Div(new Span(why));
                reasons.addClassName("attain-explanation");
                budget.add(reasons);
            }
        }
        Div shortfalls = new Div();
        shortfalls.setId("slide-shortfalls");
        List<IndicatorRow> rows = p.shortfalls();
        if (rows.isEmpty()) {
            shortfalls.add(new Span(getTranslation(p.budgetFallsShort() ? "meeting.onlyBudget" : "dashboard.shortfalls.none")));
        }
        for (IndicatorRow r : rows) {
            Div item = new Div(new LightBadge(r.status().light()), new Span(" " + r.status().explanation(en)));
            item.addClassName("attain-meeting-item");
            String reasons = r.reasonSummary(en);
            if (!reasons.isEmpty() || (r.correctiveAction() != null && !r.correctiveAction().isBlank())) {
                Div why = new Div(new Span((reasons.isEmpty() ? "" : getTranslation("entry.reasons") + "：" + reasons)
                        + (r.correctiveAction() == null || r.correctiveAction().isBlank() ? ""
                                : "　" + getTranslation("entry.correctiveAction") + "：" + r.correctiveAction())));
                why.addClassName("attain-explanation");
                item.add(why);
            }
            shortfalls.add(item);
        }
        org.attain.dashboard.ui.PortfolioCharts.Labels labels = this::getTranslation;
        var gauge = org.attain.dashboard.ui.ProjectCharts.gauge(p, labels);
        gauge.setWidth("360px");
        gauge.addClassName("attain-meeting-gauge");
        Div body = new Div(new Div(new H2(getTranslation("meeting.issues")), shortfalls), gauge);
        body.addClassName("attain-meeting-body");
        return new Div(head, budget, body, notes(p));
    }

    private Div notes(ProjectStatus p) {
        MeetingNote note = meetings.note(p.projectId(), checkpoint);
        TextArea remarks = new TextArea(getTranslation("meeting.remarks"));
        remarks.setValue(note.remarks() == null ? "" : note.remarks());
        remarks.setId("remarks");
        remarks.setMaxLength(4000);
        TextArea decisions = new TextArea(getTranslation("meeting.decisions"));
        decisions.setValue(note.decisions() == null ? "" : note.decisions());
        decisions.setId("decisions");
        decisions.setMaxLength(4000);
        remarks.setWidthFull();
        decisions.setWidthFull();
        Button save = new Button(getTranslation("meeting.save"), e -> {
            try {
                meetings.save(checkpoint, new MeetingNote(p.projectId(), blankToNull(remarks.getValue()),
                        blankToNull(decisions.getValue()), note.version(), null), currentUser.name());
                Notification.show(getTranslation("meeting.saved"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(checkpoint, slide);
            } catch (ConcurrentEditException ex) {
                Notification.show(getTranslation("meeting.conflict"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-note");
        HorizontalLayout fields = new HorizontalLayout(remarks, decisions);
        fields.setWidthFull();
        Div box = new Div(fields, save);
        box.addClassName("attain-meeting-notes");
        return box;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
