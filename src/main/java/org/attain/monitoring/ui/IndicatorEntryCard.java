package org.attain.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.attain.indicator.Indicator;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.EntryRow;
import org.attain.status.Checkpoint;
import org.attain.status.DeviationReason;
import org.attain.status.IndicatorStatus;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;
import org.attain.status.StatusEngine;
import org.attain.status.ui.LightBadge;
import org.attain.targets.Target;

/** The fields of one annual indicator at a checkpoint, with its light recomputed as the owner types. */
class IndicatorEntryCard extends Div {

    private final Indicator indicator;
    private final ActualInput loaded;
    private final ActualForm form;
    private final Binder<ActualForm> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final LightBadge light = new LightBadge(org.attain.status.Light.NOT_REPORTED);
    private final Span explanation = new Span();
    private final StatusEngine engine;
    private final Checkpoint at;

    IndicatorEntryCard(EntryRow row, StatusEngine engine, Checkpoint at) {
        this.indicator = row.indicator();
        this.loaded = row.stored();
        this.form = new ActualForm(row.stored());
        this.engine = engine;
        this.at = at;
        addClassName("attain-entry-card");
        getElement().setAttribute("data-indicator", String.valueOf(indicator.getId()));
        explanation.addClassName("attain-explanation");
        Target target = indicator.getTarget();
        Span meta = new Span(indicator.getCategory() + " › " + indicator.getSubcategory() + " · "
                + getTranslation("indicator.target") + " " + target.text());
        meta.addClassName("attain-explanation");
        HorizontalLayout header = new HorizontalLayout(new H4(indicator.getName()), light);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        if (target.isQualitative()) {
            layout.add(
                    levelField(
                            "actual",
                            getTranslation("entry.actual"),
                            ActualForm::getActualLevel,
                            ActualForm::setActualLevel),
                    levelField(
                            "forecast",
                            getTranslation("entry.forecast"),
                            ActualForm::getForecastLevel,
                            ActualForm::setForecastLevel));
        } else {
            layout.add(
                    numberField(
                            "actual",
                            getTranslation("entry.actual"),
                            target,
                            ActualForm::getActual,
                            ActualForm::setActual),
                    numberField(
                            "forecast",
                            getTranslation("entry.forecast"),
                            target,
                            ActualForm::getForecast,
                            ActualForm::setForecast));
        }
        layout.add(
                likelihoodField(),
                reasonsField(),
                text(
                        "reasonText",
                        getTranslation("entry.reasonText"),
                        ActualForm::getReasonText,
                        ActualForm::setReasonText,
                        false),
                text(
                        "correctiveAction",
                        getTranslation("entry.correctiveAction"),
                        ActualForm::getCorrectiveAction,
                        ActualForm::setCorrectiveAction,
                        true),
                text(
                        "narrative",
                        getTranslation("entry.narrative"),
                        ActualForm::getNarrative,
                        ActualForm::setNarrative,
                        false),
                text("note", getTranslation("entry.note"), ActualForm::getNote, ActualForm::setNote, false));
        if (row.carriedFrom() != null) {
            Span carried = new Span(getTranslation("entry.carriedFrom", new Checkpoint(at.year(), row.carriedFrom())));
            carried.addClassNames("attain-carried");
            header.add(carried);
        }
        add(header, meta, explanation, layout);
        binder.setBean(form);
        binder.addValueChangeListener(e -> refreshLight());
        refreshLight();
    }

    String indicatorName() {
        return indicator.getName();
    }

    boolean isValid() {
        return binder.validate().isOk();
    }

    boolean isChanged() {
        return !form.toInput().sameValues(loaded);
    }

    ActualInput input() {
        return form.toInput();
    }

    /** Marks a field invalid with the message the service gave. */
    void showProblem(String field, String message) {
        HasValidation f = fields.getOrDefault(field, fields.get("actual"));
        f.setErrorMessage(message);
        f.setInvalid(true);
    }

    private void refreshLight() {
        IndicatorStatus s = engine.evaluate(
                indicator.getName(),
                indicator.getTarget(),
                indicator.getProgressProfile(),
                at,
                form.toInput().isEmpty()
                        ? org.attain.status.Reading.NONE
                        : new org.attain.status.Reading(
                                form.getActual(),
                                form.getActualLevel(),
                                form.getForecast(),
                                form.getForecastLevel(),
                                form.getLikelihood()));
        light.setLight(s.light());
        String expected = s.expected() == null
                ? ""
                : getTranslation(
                                "entry.expected",
                                s.expected().stripTrailingZeros().toPlainString()
                                        + (indicator.getUnit() == null ? "" : indicator.getUnit()))
                        + " · ";
        explanation.setText(expected + getTranslation(s.explanation()));
    }

    private Component numberField(
            String key,
            String label,
            Target target,
            com.vaadin.flow.function.ValueProvider<ActualForm, BigDecimal> get,
            com.vaadin.flow.data.binder.Setter<ActualForm, BigDecimal> set) {
        BigDecimalField field = new BigDecimalField(label);
        if (target.unit() != null) {
            field.setSuffixComponent(new Span(target.unit()));
        }
        field.setClearButtonVisible(true);
        binder.forField(field)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("entry.error.negative"))
                .withValidator(
                        v -> v == null || !target.isPercentage() || v.compareTo(BigDecimal.valueOf(100)) <= 0,
                        getTranslation("entry.error.percent"))
                .bind(get, set);
        fields.put(key, field);
        return field;
    }

    private Component levelField(
            String key,
            String label,
            com.vaadin.flow.function.ValueProvider<ActualForm, QualitativeLevel> get,
            com.vaadin.flow.data.binder.Setter<ActualForm, QualitativeLevel> set) {
        Select<QualitativeLevel> field = new Select<>();
        field.setLabel(label);
        field.setItems(QualitativeLevel.values());
        field.setEmptySelectionAllowed(true);
        field.setItemLabelGenerator(l -> l == null ? "—" : getTranslation(l));
        binder.forField(field).bind(get, set);
        fields.put(key, field);
        return field;
    }

    private Component likelihoodField() {
        Select<Likelihood> field = new Select<>();
        field.setLabel(getTranslation("entry.likelihood"));
        field.setItems(Likelihood.values());
        field.setEmptySelectionAllowed(true);
        field.setItemLabelGenerator(l -> l == null ? "—" : getTranslation(l));
        binder.forField(field).bind(ActualForm::getLikelihood, ActualForm::setLikelihood);
        fields.put("likelihood", field);
        return field;
    }

    private Component reasonsField() {
        MultiSelectComboBox<DeviationReason> field = new MultiSelectComboBox<>(getTranslation("entry.reasons"));
        field.setItems(DeviationReason.values());
        field.setItemLabelGenerator(this::getTranslation);
        binder.forField(field).bind(ActualForm::getReasons, ActualForm::setReasons);
        fields.put("reasons", field);
        return field;
    }

    private Component text(
            String key,
            String label,
            com.vaadin.flow.function.ValueProvider<ActualForm, String> get,
            com.vaadin.flow.data.binder.Setter<ActualForm, String> set,
            boolean area) {
        if (area) {
            TextArea field = new TextArea(label);
            field.setMaxLength(2000);
            binder.forField(field).withNullRepresentation("").bind(get, set);
            fields.put(key, field);
            return field;
        }
        TextField field = new TextField(label);
        field.setMaxLength(2000);
        binder.forField(field).withNullRepresentation("").bind(get, set);
        fields.put(key, field);
        return field;
    }
}
