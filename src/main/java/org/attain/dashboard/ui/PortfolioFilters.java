package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Supplier;
import org.attain.portfolio.PortfolioQueries;
import org.attain.status.Light;

/** The project list's filters — department, light, owner, name — applied in SQL by the grid's data provider. */
class PortfolioFilters extends Composite<HorizontalLayout> {

    private final ComboBox<String> department = new ComboBox<>();
    private final Select<Light> light = new Select<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final TextField search = new TextField();

    /** The departments and owners to choose from are asked for when a list opens: the screen holds none of them. */
    PortfolioFilters(Supplier<List<String>> departments, Supplier<List<String>> owners, Runnable changed) {
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

    private void choices(ComboBox<String> select, Supplier<List<String>> values, String label, String id) {
        select.setLabel(getTranslation(label));
        select.setPlaceholder(getTranslation("dashboard.filter.all"));
        select.setClearButtonVisible(true);
        select.setItems(query -> DepartmentPicker.matching(
                        values.get(), query.getFilter().orElse(""))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        select.setId(id);
    }
}
