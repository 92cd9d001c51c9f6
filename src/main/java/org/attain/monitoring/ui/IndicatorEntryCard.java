package org.attain.monitoring.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import org.attain.indicator.Indicator;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.EntryRow;
import org.attain.status.Checkpoint;
import org.attain.status.IndicatorStatus;
import org.attain.status.Light;
import org.attain.status.Reading;
import org.attain.status.StatusEngine;
import org.attain.status.ui.LightBadge;
import org.attain.targets.Target;

/** The fields of one annual indicator at a checkpoint, with its light recomputed as the owner types. */
class IndicatorEntryCard extends Div {

    private final Indicator indicator;
    private final ActualInput loaded;
    private final ActualForm form;
    private final Binder<ActualForm> binder = new Binder<>();
    private final EntryFields fields = new EntryFields(binder, this::getTranslation);
    private final LightBadge light = new LightBadge(Light.NOT_REPORTED);
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
                    fields.level(
                            "actual",
                            getTranslation("entry.actual"),
                            ActualForm::getActualLevel,
                            ActualForm::setActualLevel),
                    fields.level(
                            "forecast",
                            getTranslation("entry.forecast"),
                            ActualForm::getForecastLevel,
                            ActualForm::setForecastLevel));
        } else {
            layout.add(
                    fields.number(
                            "actual",
                            getTranslation("entry.actual"),
                            target,
                            ActualForm::getActual,
                            ActualForm::setActual),
                    fields.number(
                            "forecast",
                            getTranslation("entry.forecast"),
                            target,
                            ActualForm::getForecast,
                            ActualForm::setForecast));
        }
        layout.add(
                fields.likelihood(),
                fields.reasons(),
                fields.text(
                        "reasonText",
                        getTranslation("entry.reasonText"),
                        ActualForm::getReasonText,
                        ActualForm::setReasonText,
                        false),
                fields.text(
                        "correctiveAction",
                        getTranslation("entry.correctiveAction"),
                        ActualForm::getCorrectiveAction,
                        ActualForm::setCorrectiveAction,
                        true),
                fields.text(
                        "narrative",
                        getTranslation("entry.narrative"),
                        ActualForm::getNarrative,
                        ActualForm::setNarrative,
                        false),
                fields.text("note", getTranslation("entry.note"), ActualForm::getNote, ActualForm::setNote, false));
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
        fields.showProblem(field, message);
    }

    private void refreshLight() {
        IndicatorStatus s = engine.evaluate(
                indicator.getName(),
                indicator.getTarget(),
                indicator.getProgressProfile(),
                at,
                form.toInput().isEmpty()
                        ? Reading.NONE
                        : new Reading(
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
}
