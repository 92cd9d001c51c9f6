package org.attain.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Consumer;
import org.attain.base.ui.Formats;
import org.attain.indicator.Indicator;
import org.jspecify.annotations.Nullable;

/** One goal table (长期 or 年度) as approved: categories, names, targets, direction, progress profile and basis. */
class TargetGrid extends Grid<Indicator> {

    /** {@code onSettings} adds a settings button per row (for the performance officer); null shows none. */
    TargetGrid(List<Indicator> indicators, String id, @Nullable Consumer<Indicator> onSettings) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Indicator::getCategory)
                .setHeader(getTranslation("indicator.category"))
                .setKey("category")
                .setFlexGrow(0)
                .setWidth("7rem");
        addColumn(Indicator::getSubcategory)
                .setHeader(getTranslation("indicator.subcategory"))
                .setKey("subcategory")
                .setFlexGrow(0)
                .setWidth("10rem");
        addColumn(Indicator::getName)
                .setHeader(getTranslation("indicator.name"))
                .setKey("name")
                .setFlexGrow(3);
        addColumn(Indicator::getTargetText)
                .setHeader(getTranslation("indicator.target"))
                .setKey("target")
                .setFlexGrow(0)
                .setWidth("8rem");
        addColumn(i -> getTranslation("direction." + i.getDirection().name()))
                .setHeader(getTranslation("indicator.direction"))
                .setKey("direction")
                .setFlexGrow(0)
                .setWidth("8rem");
        addColumn(i -> getTranslation(
                        "profile." + i.getProgressProfile().kind().name(),
                        i.getProgressProfile().dueMonth() == null
                                ? ""
                                : i.getProgressProfile().dueMonth()))
                .setHeader(getTranslation("indicator.profile"))
                .setKey("profile")
                .setFlexGrow(0)
                .setWidth("9rem");
        addColumn(i -> Formats.orDash(i.getTargetBasis()))
                .setHeader(getTranslation("indicator.basis"))
                .setKey("basis")
                .setFlexGrow(0)
                .setWidth("7rem");
        if (onSettings != null) {
            addComponentColumn(i -> {
                        Button edit = new Button(getTranslation("settings.edit"), e -> onSettings.accept(i));
                        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        return edit;
                    })
                    .setHeader("")
                    .setKey("settings")
                    .setFlexGrow(0)
                    .setWidth("6rem");
        }
        setItems(indicators);
        setAllRowsVisible(true);
        setId(id);
    }
}
