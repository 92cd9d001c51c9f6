package org.attain.adjustment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.attain.adjustment.AdjustmentRefusal;
import org.attain.adjustment.AdjustmentState;
import org.attain.adjustment.TargetAdjustment;
import org.attain.adjustment.TargetAdjustments;
import org.attain.base.ui.GridHeights;
import org.attain.security.Names;
import org.jspecify.annotations.Nullable;

/**
 * The adjustments of a year: indicator, kind, 调整前 → 调整后, from which checkpoint, reason and basis, who proposed
 * and decided; with approve and reject buttons on a proposal when {@code decisions} is given.
 */
class AdjustmentGrid extends Composite<Grid<TargetAdjustment>> {

    AdjustmentGrid(
            List<TargetAdjustment> list,
            Map<Long, String> projects,
            Names who,
            TextField note,
            @Nullable TargetAdjustments decisions,
            Runnable reload) {
        Grid<TargetAdjustment> grid = getContent();
        grid.setId("adjustment-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridHeights.fit(grid, list.size());
        grid.addColumn(a -> projects.getOrDefault(a.projectId(), "") + " · " + a.name())
                .setHeader(getTranslation("adjustment.indicator"))
                .setKey("indicator")
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation("adjustment.kind." + a.kind().name()))
                .setHeader(getTranslation("adjustment.kind"))
                .setKey("kind");
        grid.addColumn(a -> dash(a.oldTarget()) + " → " + dash(a.newTarget()))
                .setHeader(getTranslation("adjustment.change"))
                .setKey("change")
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation("adjustment.fromMonth", a.effectiveMonth()))
                .setHeader(getTranslation("adjustment.from"))
                .setKey("from");
        grid.addColumn(a -> a.reason() + "（" + a.basis() + "）")
                .setHeader(getTranslation("adjustment.reasonBasis"))
                .setKey("reason")
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation(
                        "adjustment.state." + a.state().name(),
                        who.of(a.proposedBy()),
                        who.of(a.decidedBy()),
                        dash(a.decisionNote())))
                .setHeader(getTranslation("adjustment.state"))
                .setKey("state")
                .setFlexGrow(2);
        if (decisions != null) {
            grid.addComponentColumn(a -> a.state() != AdjustmentState.PROPOSED
                            ? new HorizontalLayout()
                            : new HorizontalLayout(
                                    decide("adjustment.approve", a, decisions::approve, reload),
                                    decide(
                                            "adjustment.reject",
                                            a,
                                            id -> decisions.reject(id, note.getValue()),
                                            reload)))
                    .setKey("decide")
                    .setFlexGrow(0)
                    .setWidth("12rem");
        }
        grid.setItems(list);
    }

    private Button decide(String key, TargetAdjustment a, LongConsumer step, Runnable reload) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                step.accept(a.id());
                reload.run();
            } catch (AdjustmentRefusal refused) {
                Notification.show(refused.message(getLocale()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setId(key.substring(key.lastIndexOf('.') + 1) + "-" + a.id());
        return b;
    }

    private static String dash(@Nullable String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
