package org.attain.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.attain.meeting.MeetingNote;
import org.attain.meeting.MeetingService;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/** The record of one project at the meeting: the remarks, the decision, who carries it out and by when. */
class NoteDialog extends Dialog {

    NoteDialog(Checkpoint at, ProjectStatus project, MeetingService meetings) {
        MeetingNote note = meetings.note(project.projectId(), at);
        setHeaderTitle(getTranslation("meeting.record.title", project.name()));
        TextArea remarks = area(getTranslation("meeting.remarks"), note.remarks(), "remarks");
        TextArea decisions = area(getTranslation("meeting.decisions"), note.decisions(), "decisions");
        TextField owner = new TextField(getTranslation("meeting.decision.owner"));
        owner.setValue(note.decisionOwner() == null ? "" : note.decisionOwner());
        owner.setMaxLength(MeetingNote.NAME_MAX);
        owner.setId("decision-owner");
        DatePicker due = new DatePicker(getTranslation("meeting.decision.due"));
        due.setValue(note.decisionDue());
        due.setId("decision-due");
        FormLayout form = new FormLayout(remarks, decisions, owner, due);
        form.setColspan(remarks, 2);
        form.setColspan(decisions, 2);
        add(form);
        Button save = new Button(getTranslation("meeting.save"), e -> {
            try {
                meetings.save(
                        at,
                        new MeetingNote(
                                project.projectId(),
                                blankToNull(remarks.getValue()),
                                blankToNull(decisions.getValue()),
                                blankToNull(owner.getValue()),
                                due.getValue(),
                                note.version(),
                                null));
                Notification.show(getTranslation("meeting.saved"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (ConcurrentEditException ex) {
                Notification.show(getTranslation("meeting.conflict"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-note");
        getFooter().add(new Button(getTranslation("meeting.cancel"), e -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    static TextArea area(String label, @Nullable String value, String id) {
        TextArea area = new TextArea(label);
        area.setValue(value == null ? "" : value);
        area.setMaxLength(MeetingNote.TEXT_MAX);
        area.setId(id);
        area.setWidthFull();
        return area;
    }

    static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
