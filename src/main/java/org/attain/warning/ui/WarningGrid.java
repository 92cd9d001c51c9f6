package org.attain.warning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.attain.security.Names;
import org.attain.warning.Decision;
import org.attain.warning.ProjectWarning;
import org.attain.warning.Warning;
import org.attain.warning.WarningKind;
import org.jspecify.annotations.Nullable;

/**
 * Every warning of a checkpoint: the project, what is wrong in figures, the decision asked for and its deadline, and
 * the decision taken — or, past the deadline without one, overdue. The officer records a decision per row.
 */
class WarningGrid extends Composite<Grid<ProjectWarning>> {

    /** A decision the officer took on a row. */
    record Decided(
            ProjectWarning warning,
            Decision decision,
            @Nullable String note) {}

    WarningGrid(List<ProjectWarning> warnings, LocalDate today, Names names, @Nullable Consumer<Decided> decide) {
        Grid<ProjectWarning> grid = getContent();
        grid.setId("warning-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ProjectWarning::projectName)
                .setHeader(getTranslation("project.name"))
                .setKey("project")
                .setFlexGrow(2);
        grid.addColumn(w -> what(w.warning()))
                .setHeader(getTranslation("warning.what"))
                .setKey("what")
                .setFlexGrow(4);
        grid.addColumn(w -> getTranslation("warning.asked", w.deadline().toString()))
                .setHeader(getTranslation("warning.asked.header"))
                .setKey("asked")
                .setFlexGrow(2);
        grid.addComponentColumn(w -> state(w, today, names))
                .setHeader(getTranslation("warning.state"))
                .setKey("state")
                .setFlexGrow(2);
        if (decide != null) {
            grid.addComponentColumn(w -> decision(w, decide)).setKey("decide").setFlexGrow(3);
        }
        grid.setItems(warnings);
    }

    private String what(Warning w) {
        String execution = pct(w.execution());
        return w.kind() == WarningKind.EXECUTION_FLOOR
                ? getTranslation("warning.floor", w.checkpoint(), execution, pct(w.limit()))
                : getTranslation(
                        "warning.gap",
                        pct(w.attainment()),
                        execution,
                        pct(w.attainment().subtract(w.execution()).abs()),
                        pct(w.limit()));
    }

    private Span state(ProjectWarning w, LocalDate today, Names names) {
        Span state = new Span(
                w.decision() != null
                        ? getTranslation(
                                "warning.decided",
                                getTranslation(
                                        "warning.decision." + w.decision().name()),
                                names.of(w.decidedBy()),
                                w.note() == null ? "" : w.note())
                        : getTranslation(w.isOverdue(today) ? "warning.overdue" : "warning.open"));
        state.addClassName(
                w.isOverdue(today)
                        ? "attain-review-returned"
                        : w.decision() != null ? "attain-review-approved" : "attain-review-submitted");
        state.addClassName("attain-review");
        return state;
    }

    private HorizontalLayout decision(ProjectWarning w, Consumer<Decided> decide) {
        Select<Decision> choice = new Select<>();
        choice.setItems(Decision.values());
        choice.setItemLabelGenerator(d -> getTranslation("warning.decision." + d.name()));
        choice.setValue(w.decision());
        choice.setWidth("8rem");
        choice.setAriaLabel(getTranslation("warning.state"));
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("warning.note"));
        note.setAriaLabel(getTranslation("warning.note"));
        note.setMaxLength(500);
        Button save = new Button(getTranslation("warning.save"), e -> {
            if (choice.getValue() != null) {
                decide.accept(new Decided(w, choice.getValue(), note.getValue()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(choice, note, save);
    }

    private static String pct(@Nullable BigDecimal share) {
        return share == null
                ? "—"
                : share.multiply(BigDecimal.valueOf(100))
                                .setScale(1, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString()
                        + "%";
    }
}
