package org.attain.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.attain.base.ui.Formats;
import org.attain.i18n.Texts;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.ui.DeviationText;
import org.attain.project.Project;

/** Why the project has its light, in a sentence, then its key figures, the budget sentence and its deviation. */
class ProjectFacts extends Div {

    ProjectFacts(Project p, ProjectStatus ps) {
        Paragraph project = new Paragraph(getTranslation(ps.explanation()));
        project.setId("project-sentence");
        project.addClassName("attain-project-sentence");
        FlexLayout facts = new FlexLayout();
        facts.addClassName("attain-figures");
        String wan = " " + getTranslation("unit.wan");
        facts.add(
                Figure.of(getTranslation("project.budget"), Formats.tenThousandYuan(ps.budget(), getLocale()) + wan),
                Figure.of(
                        getTranslation("dashboard.figure.executed"),
                        ps.budgetStatus().executed() == null
                                ? "—"
                                : Formats.tenThousandYuan(ps.budgetStatus().executed(), getLocale()) + wan),
                Figure.of(getTranslation("project.type"), Formats.orDash(p.getProjectType())),
                Figure.of(getTranslation("project.fundNature"), Formats.orDash(p.getFundNature())),
                Figure.of(getTranslation("project.department"), ps.department()));
        Paragraph budget = new Paragraph(getTranslation(ps.budgetStatus().explanation()));
        budget.addClassName("attain-explanation");
        budget.setId("budget-sentence");
        add(project, facts, budget);
        String why = DeviationText.of(ps.budgetDeviation(), Texts.of(getLocale()));
        if (!why.isEmpty()) {
            Paragraph deviation = new Paragraph(why);
            deviation.addClassName("attain-explanation");
            deviation.setId("budget-deviation");
            add(deviation);
        }
        setWidthFull();
    }
}
