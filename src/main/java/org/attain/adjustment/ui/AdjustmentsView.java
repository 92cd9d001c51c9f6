package org.attain.adjustment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.adjustment.BudgetFinding;
import org.attain.adjustment.TargetAdjustments;
import org.attain.adjustment.TargetsInForce;
import org.attain.base.ui.Routes;
import org.attain.indicator.IndicatorService;
import org.attain.project.ProjectService;
import org.attain.project.ProjectSummary;
import org.attain.round.ReportingRounds;
import org.attain.security.CurrentUser;
import org.attain.security.People;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.springframework.data.domain.PageRequest;

/**
 * Target adjustments (绩效目标调整) of a year: the budget changes that call for one, every adjustment with 调整前 /
 * 调整后, reason, basis and decision; the officer proposes, a second officer or an administrator approves or rejects.
 */
@Route(Routes.ADJUSTMENTS)
@PageTitle("Attain")
@Menu(order = 5.5, icon = "vaadin:edit", title = "nav.adjustments")
@RolesAllowed({Role.OFFICER, Role.ADMINISTRATOR, Role.LEADERSHIP})
public class AdjustmentsView extends VerticalLayout implements BeforeEnterObserver {

    private final TargetAdjustments adjustments;
    private final TargetsInForce inForce;
    private final IndicatorService indicators;
    private final ProjectService projects;
    private final ReportingRounds rounds;
    private final CurrentUser currentUser;
    private final People people;

    AdjustmentsView(
            TargetAdjustments adjustments,
            TargetsInForce inForce,
            IndicatorService indicators,
            ProjectService projects,
            ReportingRounds rounds,
            CurrentUser currentUser,
            People people) {
        this.adjustments = adjustments;
        this.inForce = inForce;
        this.indicators = indicators;
        this.projects = projects;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.people = people;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Integer> years = projects.years();
        int year = years.isEmpty() ? rounds.today().getYear() : years.getFirst();
        List<ProjectSummary> list = projects.summaries(year, PageRequest.of(0, 2000));
        Map<Long, String> names = list.stream().collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::name));
        Checkpoint at = rounds.defaultCheckpoint(year);
        add(
                new H2(getTranslation("adjustment.title", String.valueOf(year))),
                new Paragraph(getTranslation("adjustment.help")),
                new H3(getTranslation("adjustment.findings", at)),
                findings(inForce.budgetFindings(at)));
        TextField note = new TextField(getTranslation("adjustment.note"));
        note.setId("adjust-note");
        note.setWidth("24rem");
        if (currentUser.has(Role.PERFORMANCE_OFFICER)) {
            Button propose = new Button(
                    getTranslation("adjustment.propose"),
                    e -> new ProposeAdjustmentDialog(adjustments, indicators, list, year, this::reload).open());
            propose.setId("propose-adjustment");
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(propose, note));
        } else if (currentUser.has(Role.ADMIN)) {
            add(note);
        }
        add(new AdjustmentGrid(
                adjustments.list(year),
                names,
                people.names(getLocale()),
                note,
                currentUser.has(Role.PERFORMANCE_OFFICER) || currentUser.has(Role.ADMIN) ? adjustments : null,
                this::reload));
    }

    private Component findings(List<BudgetFinding> findings) {
        if (findings.isEmpty()) {
            return new Paragraph(getTranslation("adjustment.findings.none", pct(inForce.budgetShare())));
        }
        UnorderedList ul = new UnorderedList();
        ul.setId("budget-findings");
        findings.forEach(f -> ul.add(new ListItem(getTranslation(
                "adjustment.finding", f.projectName(), plain(f.approved()), plain(f.adjusted()), pct(f.share())))));
        return ul;
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String pct(BigDecimal share) {
        return plain(share.multiply(BigDecimal.valueOf(100)));
    }
}
