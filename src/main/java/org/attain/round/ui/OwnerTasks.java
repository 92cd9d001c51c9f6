package org.attain.round.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attain.round.OwnerTask;

/** What a project owner still has to enter, and by when: shown first thing after login. */
public class OwnerTasks extends Composite<Div> {

    public OwnerTasks(List<OwnerTask> tasks, LocalDate today) {
        Div root = getContent();
        root.setId("owner-tasks");
        root.addClassName("attain-owner-tasks");
        List<OwnerTask> open =
                tasks.stream().filter(t -> !t.isDone() || t.carried() > 0).toList();
        if (open.isEmpty()) {
            if (!tasks.isEmpty()) {
                root.add(new Span(
                        getTranslation("tasks.allDone", tasks.getFirst().checkpoint())));
            }
            return;
        }
        root.add(new H3(getTranslation("tasks.title")));
        for (OwnerTask t : open) {
            Div item = new Div();
            item.addClassName("attain-owner-task");
            boolean overdue = today.isAfter(t.dueDate());
            if (overdue) {
                item.addClassName("attain-owner-task-overdue");
            }
            Anchor link = new Anchor(
                    "projects/" + t.projectId() + "/actuals?checkpoint="
                            + t.checkpoint().iso(),
                    t.projectName() + " · " + getTranslation(t.checkpoint()));
            List<String> parts = new ArrayList<>();
            if (t.missing() > 0) {
                parts.add(getTranslation("tasks.missing", t.missing()));
            }
            if (t.carried() > 0) {
                parts.add(getTranslation("tasks.carried", t.carried()));
            }
            if (t.budgetMissing()) {
                parts.add(getTranslation("tasks.budgetMissing"));
            }
            if (t.returned() > 0) {
                parts.add(getTranslation("tasks.returned", t.returned()));
            }
            if (t.drafts() > 0) {
                parts.add(getTranslation("tasks.drafts", t.drafts()));
            }
            String what = String.join(getTranslation("tasks.separator"), parts) + getTranslation("tasks.end");
            String when = getTranslation(
                    overdue ? "tasks.overdue" : "tasks.due", t.dueDate().toString());
            item.add(link, new Span(" " + what + " " + when));
            root.add(item);
        }
    }
}
