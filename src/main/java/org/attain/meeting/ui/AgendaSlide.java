package org.attain.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.attain.meeting.MeetingDetails;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.ui.LightBadge;

/** The first slide: when and where, then every project worst first with its light and how much falls short. */
class AgendaSlide extends Div {

    AgendaSlide(List<ProjectStatus> agenda, MeetingDetails details, IntConsumer go) {
        addClassName("attain-agenda");
        add(new H1(getTranslation("meeting.agenda")));
        List<String> facts = new ArrayList<>();
        if (details.heldOn() != null) {
            facts.add(getTranslation("meeting.details.heldOn") + " " + details.heldOn());
        }
        if (details.place() != null) {
            facts.add(getTranslation("meeting.details.place") + " " + details.place());
        }
        if (details.chair() != null) {
            facts.add(getTranslation("meeting.details.chair") + " " + details.chair());
        }
        if (!facts.isEmpty()) {
            Paragraph when = new Paragraph(String.join(" · ", facts));
            when.addClassName("attain-meeting-when");
            when.setId("meeting-when");
            add(when);
        }
        OrderedList list = new OrderedList();
        list.setId("agenda");
        for (int i = 0; i < agenda.size(); i++) {
            ProjectStatus p = agenda.get(i);
            int target = i + 1;
            Button open = new Button(p.name(), e -> go.accept(target));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(
                    new LightBadge(p.light()),
                    open,
                    new Span(getTranslation("meeting.shortfalls", p.shortfalls().size())
                            + (p.budgetFallsShort() ? getTranslation("meeting.budgetLags") : ""))));
        }
        add(list);
    }
}
