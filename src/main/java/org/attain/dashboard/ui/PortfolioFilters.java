package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.stream.Stream;
import org.attain.portfolio.PortfolioQueries;
import org.attain.status.Light;

/** The project list's filters — department, light, owner, name — applied in SQL by the grid's data provider. */
class PortfolioFilters extends Composite<HorizontalLayout> {

    private final Select<String> department = new Select<>();
    private final Select<Light> light = new Select<>();
    private final Select<String> owner = new Select<>();
    private final TextField search = new TextField();

    PortfolioFilters(List<String> departments, List<String> owners, Runnable changed) {
        choices(department, departments, "project.department", "department-filter");
        choices(owner, owners, "dashboard.owner", "owner-filter");
        light.setLabel(getTranslation("dashboard.grid.light"));
        light.setItems(Light.values());
        light.setEmptySelectionAllowed(true);
        light.setEmptySelectionCaption(getTranslation("dashboard.filter.all"));
        light.setItemLabelGenerator(l -> l == null
                ? getTranslation("dashboard.filter.all")
                : l.symbol() + " " + getTranslation("light." + l.name()));
        light.setId("light-filter");
        search.setLabel(getTranslation("dashboard.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("name-filter");
        department.addValueChangeListener(e -> changed.run());
        light.addValueChangeListener(e -> changed.run());
        owner.addValueChangeListener(e -> changed.run());
        search.addValueChangeListener(e -> changed.run());
        HorizontalLayout row = getContent();
        row.add(department, light, owner, search);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("attain-no-print");
    }

    PortfolioQueries.Filter filter() {
        return new PortfolioQueries.Filter(
                light.getValue(), department.getValue(), owner.getValue(), search.getValue());
    }

    private void choices(Select<String> select, List<String> values, String label, String id) {
        select.setLabel(getTranslation(label));
        select.setItems(Stream.concat(Stream.of(""), values.stream()).toList());
        select.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("dashboard.filter.all") : d);
        select.setValue("");
        select.setId(id);
    }
}
