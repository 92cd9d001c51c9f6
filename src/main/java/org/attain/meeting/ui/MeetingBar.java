package org.attain.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.fullscreen.Fullscreen;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.IntConsumer;
import org.attain.base.ui.Downloads;
import org.attain.base.ui.Routes;
import org.attain.meeting.MeetingService;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.StatusService;
import org.attain.report.PaperNames;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The slim bar above the slides: where the meeting is, back and forward, the browser's full screen, light or dark,
 * the record of the meeting (its details on the agenda, a project's remarks and decision on its slide), the minutes
 * as PDF and Word, and the way out.
 */
class MeetingBar extends Header {

    MeetingBar(
            Checkpoint at,
            int slide,
            int projects,
            @Nullable ProjectStatus project,
            boolean dark,
            MeetingService meetings,
            StatusService status,
            IntConsumer go) {
        addClassName("attain-meeting-bar");
        Span title = new Span(getTranslation("meeting.heading", at.year(), at));
        title.addClassName("attain-meeting-title");
        Span counter = new Span((slide + 1) + " / " + (projects + 1));
        counter.setId("slide-counter");
        Button previous = new Button("◀", e -> go.accept(slide - 1));
        previous.setAriaLabel(getTranslation("meeting.previous"));
        previous.setId("previous-slide");
        Button next = new Button("▶", e -> go.accept(slide + 1));
        next.setAriaLabel(getTranslation("meeting.next"));
        next.setId("next-slide");
        Button fullscreen = new Button(getTranslation("meeting.fullscreen"));
        fullscreen.setId("fullscreen");
        Fullscreen.onClick(fullscreen).enter();
        Button theme = new Button(getTranslation(dark ? "meeting.theme.light" : "meeting.theme.dark"), e -> {
            VaadinSession.getCurrent().setAttribute(MeetingView.DARK, !dark);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        theme.setId("meeting-theme");
        Button record = project == null
                ? new Button(getTranslation("meeting.details"), e -> new DetailsDialog(at, meetings).open())
                : new Button(getTranslation("meeting.record"), e -> new NoteDialog(at, project, meetings).open());
        record.setId(project == null ? "meeting-details" : "record-note");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor pdf = Downloads.link(
                getTranslation("meeting.minutes.pdf"),
                PaperNames.minutes(at) + ".pdf",
                "application/pdf",
                () -> meetings.minutes(status.approvedPortfolio(at), MeetingService.Format.PDF),
                "download-minutes");
        Anchor docx = Downloads.link(
                getTranslation("meeting.minutes.docx"),
                PaperNames.minutes(at) + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                () -> meetings.minutes(status.approvedPortfolio(at), MeetingService.Format.DOCX),
                "download-minutes-docx");
        Anchor exit = Routes.link(getTranslation("meeting.exit"), Routes.portfolio(at));
        exit.setId("exit-meeting");
        add(title, counter, previous, next, fullscreen, theme, record, pdf, docx, exit);
    }
}
