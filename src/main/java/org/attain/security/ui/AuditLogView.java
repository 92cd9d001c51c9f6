package org.attain.security.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.attain.base.ui.ComponentTexts;
import org.attain.base.ui.Formats;
import org.attain.history.ChangeLog;
import org.attain.history.ChangeValues;
import org.attain.i18n.Texts;
import org.attain.security.Names;
import org.attain.security.People;
import org.attain.security.Role;

/** Officers and administrators: who changed what and when, old → new; filtered, paged lazily. */
@Route("audit")
@PageTitle("Attain")
@Menu(order = 85, icon = "vaadin:records", title = "nav.audit")
@RolesAllowed({Role.OFFICER, Role.ADMINISTRATOR})
public class AuditLogView extends VerticalLayout {

    AuditLogView(ChangeLog changeLog, People people) {
        Names names = people.names(getLocale());
        addClassName("attain-page");
        setSizeFull();
        TextField project = new TextField(getTranslation("audit.project"));
        TextField user = new TextField(getTranslation("audit.user"));
        DatePicker from = ComponentTexts.datePicker(new DatePicker(getTranslation("audit.from")));
        DatePicker to = ComponentTexts.datePicker(new DatePicker(getTranslation("audit.to")));
        DateTimeFormatter time =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
        Grid<ChangeLog.Entry> grid = ComponentTexts.emptyGrid(new Grid<>(), getTranslation("audit.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> time.format(e.change().at()))
                .setHeader(getTranslation("indicator.when"))
                .setKey("when")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(e -> names.of(e.change().who()))
                .setHeader(getTranslation("audit.user"))
                .setKey("who")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.project() == null ? "" : e.project())
                .setHeader(getTranslation("audit.project"))
                .setKey("project")
                .setFlexGrow(2);
        grid.addColumn(e -> e.indicator() == null ? "" : e.indicator())
                .setHeader(getTranslation("indicator.name"))
                .setKey("indicator")
                .setFlexGrow(2);
        boolean en = "en".equals(getLocale().getLanguage());
        grid.addColumn(e -> e.change().checkpoint() == null
                        ? ""
                        : Formats.checkpoint(e.change().checkpoint(), en))
                .setHeader(getTranslation("dashboard.checkpoint"))
                .setKey("checkpoint")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(e -> fieldLabel(e.change().field()))
                .setHeader(getTranslation("indicator.field"))
                .setKey("field")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(e -> ChangeValues.change(
                        e.change().field(), e.change().oldValue(), e.change().newValue(), Texts.of(getLocale())))
                .setHeader(getTranslation("indicator.change"))
                .setKey("change")
                .setFlexGrow(3);
        Runnable load = () -> {
            ChangeLog.Filter f =
                    new ChangeLog.Filter(project.getValue(), user.getValue(), from.getValue(), to.getValue());
            grid.setItems(q -> changeLog.search(f, q.getOffset(), q.getLimit()).stream(), q -> changeLog.count(f));
        };
        project.addValueChangeListener(e -> load.run());
        user.addValueChangeListener(e -> load.run());
        from.addValueChangeListener(e -> load.run());
        to.addValueChangeListener(e -> load.run());
        load.run();
        grid.setId("audit-grid");
        HorizontalLayout filters = new HorizontalLayout(project, user, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("nav.audit")), filters, grid);
        setFlexGrow(1, grid);
    }

    private String fieldLabel(String field) {
        String label = getTranslation("field." + field.replaceFirst(":.*$", ""));
        return label.startsWith("!") ? field : label + field.replaceFirst("^[^:]*", "");
    }
}
