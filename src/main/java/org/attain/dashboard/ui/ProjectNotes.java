package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.base.ui.Formats;
import org.attain.importing.Finding;
import org.attain.indicator.Indicator;
import org.attain.indicator.TargetRevision;
import org.attain.project.Project;

/** The texts around the numbers: basis and goals, consistency findings and target revisions. */
final class ProjectNotes {

    private ProjectNotes() {}

    static Component goals(Project p) {
        Div goals = new Div();
        goals.add(new Details(goals.getTranslation("project.basis"), new Paragraph(Formats.orDash(p.getBasis()))));
        Details longTerm = new Details(
                goals.getTranslation("project.goal.longterm"), new Paragraph(Formats.orDash(p.getLongTermGoal())));
        Details annual = new Details(
                goals.getTranslation("project.goal.annual"), new Paragraph(Formats.orDash(p.getAnnualGoal())));
        annual.setOpened(p.getAnnualGoal() != null);
        longTerm.setOpened(p.getAnnualGoal() == null);
        goals.add(longTerm, annual);
        goals.setWidthFull();
        return goals;
    }

    static Component findings(List<Finding> findings) {
        Div box = new Div();
        box.add(new H3(box.getTranslation("project.findings")));
        box.setId("findings");
        UnorderedList list = new UnorderedList();
        for (Finding f : findings) {
            ListItem item =
                    new ListItem((f.severity() == Finding.Severity.OK ? "✓ " : "⚠ ") + box.getTranslation(f.message()));
            item.addClassName(f.severity() == Finding.Severity.OK ? "attain-ok" : "attain-warning");
            list.add(item);
        }
        box.add(findings.isEmpty() ? new Paragraph(box.getTranslation("project.findings.none")) : list);
        return box;
    }

    static Component revisions(List<TargetRevision> revisions, List<Indicator> all) {
        Div box = new Div();
        box.add(new H3(box.getTranslation("project.revisions")));
        box.setId("revisions");
        if (revisions.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("project.revisions.none")));
            return box;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        Map<Long, String> names = new HashMap<>();
        all.forEach(i -> names.put(i.getId(), i.getName()));
        UnorderedList list = new UnorderedList();
        for (TargetRevision r : revisions) {
            list.add(new ListItem(time.format(r.revisedAt()) + " · "
                    + names.getOrDefault(r.indicatorId(), "#" + r.indicatorId()) + ": " + r.oldTarget() + " → "
                    + r.newTarget() + " (" + r.revisedBy() + ", " + r.reason() + ")"));
        }
        box.add(list);
        return box;
    }
}
