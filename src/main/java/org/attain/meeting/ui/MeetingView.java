package org.attain.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.wakelock.WakeLock;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.attain.base.ui.Routes;
import org.attain.meeting.MeetingService;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.StatusService;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

/**
 * The mid-year review meeting on a projector: an agenda ordered by worst light, then one project per slide with its
 * budget gauge and its shortfalls, reasons and corrective actions at reading size. The browser's real full screen,
 * the screen kept awake while presenting, a dark high-contrast theme; → Space PageDown next, ← PageUp back, Home and
 * End the first and last slide (a presenter's clicker sends PageUp/PageDown). The slide is in the URL. Remarks and
 * decisions are recorded in a dialog, so that typing never turns a slide.
 */
@Route(value = Routes.MEETING, autoLayout = false)
@RolesAllowed(Role.OFFICER)
public class MeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String DARK = "attain.meeting.dark";
    private final StatusService status;
    private final MeetingService meetings;
    private final ProjectService projects;
    private final CheckpointParameter checkpoints;
    private Checkpoint checkpoint;
    private List<ProjectStatus> agenda = List.of();
    private int slide;

    MeetingView(
            StatusService status, MeetingService meetings, ProjectService projects, CheckpointParameter checkpoints) {
        this.checkpoints = checkpoints;
        this.status = status;
        this.meetings = meetings;
        this.projects = projects;
        addClassName("attain-meeting");
        for (Key next : List.of(Key.ARROW_RIGHT, Key.PAGE_DOWN, Key.SPACE)) {
            Shortcuts.addShortcutListener(this, () -> go(slide + 1), next);
        }
        for (Key previous : List.of(Key.ARROW_LEFT, Key.PAGE_UP)) {
            Shortcuts.addShortcutListener(this, () -> go(slide - 1), previous);
        }
        Shortcuts.addShortcutListener(this, () -> go(0), Key.HOME);
        Shortcuts.addShortcutListener(this, () -> go(agenda.size()), Key.END);
    }

    public static void show(Checkpoint at, int slide) {
        Routes.go(Routes.meeting(at, slide));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.title") + " · Attain";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        WakeLock.request(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        WakeLock.release(event.getUI());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        checkpoint = checkpoints.read(event.getLocation(), projects.years());
        PortfolioStatus portfolio = status.approvedPortfolio(checkpoint);
        agenda = portfolio.worstFirst();
        slide = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("slide")
                .filter(s -> s.matches("\\d{1,4}"))
                .map(Integer::valueOf)
                .orElse(0);
        slide = Math.max(0, Math.min(slide, agenda.size()));
        render();
    }

    /** Moves to a slide (0 = agenda). */
    public void go(int target) {
        int next = Math.max(0, Math.min(target, agenda.size()));
        if (next != slide) {
            show(checkpoint, next);
        }
    }

    private void render() {
        removeAll();
        // dark by default: white text on black reads best on a projector; the bar switches to light for the room
        boolean dark = !Boolean.FALSE.equals(VaadinSession.getCurrent().getAttribute(DARK));
        setClassName("attain-meeting-dark", dark);
        ProjectStatus project = slide == 0 || agenda.isEmpty() ? null : agenda.get(slide - 1);
        Main body = new Main(
                project == null
                        ? new AgendaSlide(agenda, meetings.details(checkpoint), this::go)
                        : new ProjectSlide(project, dark));
        body.addClassName("attain-slide");
        body.setId("slide");
        add(new MeetingBar(checkpoint, slide, agenda.size(), project, dark, meetings, status, this::go), body);
    }
}
