package org.attain.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.attain.meeting.MeetingDetails;
import org.attain.meeting.MeetingService;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.status.Checkpoint;

/** When and where the meeting is held, who chairs it and who attends: the head of its minutes. */
class DetailsDialog extends Dialog {

    DetailsDialog(Checkpoint at, MeetingService meetings) {
        MeetingDetails d = meetings.details(at);
        setHeaderTitle(getTranslation("meeting.details"));
        DatePicker heldOn = new DatePicker(getTranslation("meeting.details.heldOn"));
        heldOn.setValue(d.heldOn());
        heldOn.setId("meeting-held-on");
        TextField place =
                field(getTranslation("meeting.details.place"), d.place(), MeetingDetails.PLACE_MAX, "meeting-place");
        TextField chair =
                field(getTranslation("meeting.details.chair"), d.chair(), MeetingDetails.CHAIR_MAX, "meeting-chair");
        TextArea attendees =
                NoteDialog.area(getTranslation("meeting.details.attendees"), d.attendees(), "meeting-attendees");
        attendees.setMaxLength(MeetingDetails.ATTENDEES_MAX);
        FormLayout form = new FormLayout(heldOn, place, chair, attendees);
        form.setColspan(attendees, 2);
        add(form);
        Button save = new Button(getTranslation("meeting.save"), e -> {
            try {
                meetings.saveDetails(
                        at,
                        new MeetingDetails(
                                heldOn.getValue(),
                                NoteDialog.blankToNull(place.getValue()),
                                NoteDialog.blankToNull(chair.getValue()),
                                NoteDialog.blankToNull(attendees.getValue()),
                                d.version()));
                Notification.show(getTranslation("meeting.saved"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (ConcurrentEditException ex) {
                Notification.show(getTranslation("meeting.conflict"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-details");
        getFooter().add(new Button(getTranslation("meeting.cancel"), e -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    private static TextField field(String label, String value, int max, String id) {
        TextField f = new TextField(label);
        f.setValue(value == null ? "" : value);
        f.setMaxLength(max);
        f.setId(id);
        return f;
    }
}
