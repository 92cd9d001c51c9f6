package org.attain.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.attain.base.ui.ComponentTexts;
import org.attain.base.ui.Routes;
import org.attain.project.ProjectService;
import org.attain.round.ReportingRounds;
import org.attain.round.RoundProgress;
import org.attain.round.RoundRefusal;
import org.attain.security.CurrentUser;
import org.attain.security.Names;
import org.attain.security.People;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

/**
 * Reporting rounds (监控轮次): every round of the year with its due date and how far entry has come; the officer opens
 * the next one, pre-filled from the previous round.
 */
@Route(Routes.ROUNDS)
@PageTitle("Attain")
@Menu(order = 4, icon = "vaadin:calendar-clock", title = "nav.rounds")
@RolesAllowed({Role.OFFICER, Role.LEADERSHIP, Role.ADMINISTRATOR})
public class RoundsView extends VerticalLayout implements BeforeEnterObserver {

    private final ReportingRounds rounds;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final People people;

    RoundsView(ReportingRounds rounds, ProjectService projects, CurrentUser currentUser, People people) {
        this.people = people;
        this.rounds = rounds;
        this.projects = projects;
        this.currentUser = currentUser;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Integer> years = projects.years();
        int year = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("year")
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::valueOf)
                .filter(years::contains)
                .orElse(years.isEmpty() ? rounds.today().getYear() : years.getFirst());
        add(new H2(getTranslation("round.title", String.valueOf(year))), new Paragraph(getTranslation("round.help")));
        add(grid(rounds.progress(year)));
        if (currentUser.has(Role.PERFORMANCE_OFFICER)) {
            add(openForm(year));
        }
    }

    private Grid<RoundProgress> grid(List<RoundProgress> progress) {
        Names names = people.names(getLocale());
        Grid<RoundProgress> grid = new Grid<>();
        grid.setId("rounds-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> getTranslation(p.round().checkpoint()))
                .setHeader(getTranslation("dashboard.checkpoint"))
                .setKey("checkpoint");
        grid.addColumn(p -> p.round().dueDate().toString())
                .setHeader(getTranslation("round.dueDate"))
                .setKey("due");
        grid.addColumn(p -> getTranslation(
                        p.locked() ? "round.state.locked" : p.overdue() ? "round.state.overdue" : "round.state.open"))
                .setHeader(getTranslation("round.state"))
                .setKey("state");
        grid.addColumn(p -> getTranslation("round.entered", p.entered(), p.indicators(), p.carried()))
                .setHeader(getTranslation("round.progress"))
                .setKey("progress")
                .setFlexGrow(2);
        grid.addColumn(p -> CurrentUser.SYSTEM.equals(p.round().openedBy())
                        ? getTranslation("round.system")
                        : names.of(p.round().openedBy()))
                .setHeader(getTranslation("round.openedBy"))
                .setKey("openedBy");
        grid.setItems(progress);
        return grid;
    }

    private VerticalLayout openForm(int year) {
        Select<Integer> month = new Select<>();
        month.setId("round-month");
        month.setLabel(getTranslation("dashboard.checkpoint"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation(new Checkpoint(year, m)));
        month.setValue(rounds.latest(year)
                .map(r -> Math.min(12, r.checkpoint().month() + 6))
                .orElse(rounds.midYear(year).month()));
        DatePicker due = ComponentTexts.datePicker(new DatePicker(getTranslation("round.dueDate")));
        due.setId("round-due");
        due.setValue(new Checkpoint(year, month.getValue()).end().plusDays(10));
        month.addValueChangeListener(
                e -> due.setValue(new Checkpoint(year, e.getValue()).end().plusDays(10)));
        Button open = new Button(
                getTranslation("round.open"), e -> open(new Checkpoint(year, month.getValue()), due.getValue()));
        open.setId("round-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(month, due, open);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("round.openTitle")), form);
        section.setPadding(false);
        return section;
    }

    private void open(Checkpoint at, LocalDate due) {
        if (due == null) {
            error(getTranslation("round.refused.noDueDate"));
            return;
        }
        try {
            int carried = rounds.open(at, due);
            Notification.show(getTranslation("round.opened", at, carried), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (RoundRefusal r) {
            error(getTranslation(r.message()));
        }
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
