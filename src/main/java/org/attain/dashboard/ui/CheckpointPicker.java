package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.attain.status.Checkpoint;

/** Year and checkpoint (1-X月) of the dashboard; a change navigates, so the choice lives in the URL. */
class CheckpointPicker extends Composite<HorizontalLayout> {

    CheckpointPicker(List<Integer> years, Checkpoint current, Consumer<Checkpoint> onChange) {
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(
                years.contains(current.year())
                        ? years
                        : Stream.concat(years.stream(), Stream.of(current.year()))
                                .toList());
        year.setValue(current.year());
        year.setId("year-select");
        Select<Integer> month = new Select<>();
        month.setLabel(getTranslation("dashboard.checkpoint"));
        month.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        month.setItemLabelGenerator(m -> getTranslation(new Checkpoint(current.year(), m)));
        month.setValue(current.month());
        month.setId("checkpoint-select");
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(new Checkpoint(e.getValue(), month.getValue()));
            }
        });
        month.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(new Checkpoint(year.getValue(), e.getValue()));
            }
        });
        getContent().add(year, month);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
    }
}
