package org.attain.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.attain.monitoring.BudgetInput;
import org.attain.status.BudgetStatus;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.attain.status.StatusEngine;
import org.attain.status.ui.LightBadge;

/** 年初预算数, 全年预算数 (adjusted, with reason), executed to date and the full-year forecast, with the budget light. */
class BudgetEntryCard extends Div {

    private final BudgetInput loaded;
    private final BigDecimal approved;
    private final BigDecimalField adjusted = new BigDecimalField();
    private final TextField reason = new TextField();
    private final BigDecimalField executed = new BigDecimalField();
    private final BigDecimalField forecast = new BigDecimalField();
    private final DeviationFields deviation;
    private final LightBadge light = new LightBadge(Light.NOT_REPORTED);
    private final Span explanation = new Span();
    private final StatusEngine engine;
    private final Checkpoint at;

    BudgetEntryCard(BigDecimal approved, BudgetInput loaded, StatusEngine engine, Checkpoint at) {
        this.loaded = loaded;
        this.approved = approved;
        this.engine = engine;
        this.at = at;
        addClassName("attain-entry-card");
        setId("budget-entry");
        explanation.addClassName("attain-explanation");
        BigDecimalField initial = new BigDecimalField(getTranslation("entry.budget.initial"));
        initial.setValue(ActualForm.tidy(approved));
        initial.setReadOnly(true);
        adjusted.setLabel(getTranslation("entry.budget.adjusted"));
        reason.setLabel(getTranslation("entry.budget.reason"));
        reason.setMaxLength(500);
        executed.setLabel(getTranslation("entry.budget.executed", at));
        forecast.setLabel(getTranslation("entry.budget.forecast"));
        for (BigDecimalField f : new BigDecimalField[] {initial, adjusted, executed, forecast}) {
            f.setSuffixComponent(new Span(getTranslation("unit.wan")));
        }
        adjusted.setValue(ActualForm.tidy(loaded.adjustedBudget()));
        reason.setValue(loaded.adjustmentReason() == null ? "" : loaded.adjustmentReason());
        executed.setValue(ActualForm.tidy(loaded.executed()));
        forecast.setValue(ActualForm.tidy(loaded.forecast()));
        deviation = new DeviationFields(loaded.deviation(), this::getTranslation);
        FormLayout layout = new FormLayout(initial, adjusted, reason, executed, forecast);
        layout.add(deviation.components());
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 5));
        HorizontalLayout header = new HorizontalLayout(new H4(getTranslation("entry.budget")), light);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, explanation, layout);
        adjusted.addValueChangeListener(e -> refresh());
        executed.addValueChangeListener(e -> refresh());
        refresh();
    }

    BudgetInput input() {
        return new BudgetInput(
                loaded.version(),
                adjusted.getValue(),
                reason.getValue().isBlank() ? null : reason.getValue(),
                executed.getValue(),
                forecast.getValue(),
                deviation.value());
    }

    boolean isChanged() {
        BudgetInput now = input();
        return !eq(now.adjustedBudget(), loaded.adjustedBudget())
                || !eq(now.executed(), loaded.executed())
                || !eq(now.forecast(), loaded.forecast())
                || !Objects.equals(now.adjustmentReason(), loaded.adjustmentReason())
                || !now.deviation().equals(loaded.deviation());
    }

    void showProblem(String field, String message) {
        Map<String, HasValidation> fields = Map.of(
                "adjustedBudget",
                adjusted,
                "adjustmentReason",
                reason,
                "executed",
                executed,
                "forecast",
                forecast,
                "budgetReasons",
                deviation.reasons,
                "budgetCorrectiveAction",
                deviation.correctiveAction);
        HasValidation f = fields.getOrDefault(field, executed);
        f.setErrorMessage(message);
        f.setInvalid(true);
    }

    private void refresh() {
        BigDecimal budget = adjusted.getValue() != null ? adjusted.getValue() : approved;
        BudgetStatus s = engine.budget(at, budget, executed.getValue());
        light.setLight(s.light());
        explanation.setText(getTranslation(s.explanation()));
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
