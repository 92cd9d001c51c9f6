package org.attain.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;
import org.attain.targets.Target;

/** The bound fields of an indicator's entry card, each kept by its name so that a refused value can be marked. */
final class EntryFields {

    private final Binder<ActualForm> binder;
    private final Function<Object, String> translate;
    private final Map<String, HasValidation> fields = new HashMap<>();

    EntryFields(Binder<ActualForm> binder, Function<Object, String> translate) {
        this.binder = binder;
        this.translate = translate;
    }

    /** Marks a field (else the actual) invalid with the message the service gave. */
    void showProblem(String field, String message) {
        HasValidation f = fields.getOrDefault(field, fields.get("actual"));
        f.setErrorMessage(message);
        f.setInvalid(true);
    }

    Component number(
            String key,
            String label,
            Target target,
            ValueProvider<ActualForm, BigDecimal> get,
            Setter<ActualForm, BigDecimal> set) {
        BigDecimalField field = new BigDecimalField(label);
        if (target.unit() != null) {
            field.setSuffixComponent(new Span(target.unit()));
        }
        field.setClearButtonVisible(true);
        binder.forField(field)
                .withValidator(v -> v == null || v.signum() >= 0, translate.apply("entry.error.negative"))
                .withValidator(
                        v -> v == null || !target.isPercentage() || v.compareTo(BigDecimal.valueOf(100)) <= 0,
                        translate.apply("entry.error.percent"))
                .bind(get, set);
        fields.put(key, field);
        return field;
    }

    Component level(
            String key,
            String label,
            ValueProvider<ActualForm, QualitativeLevel> get,
            Setter<ActualForm, QualitativeLevel> set) {
        Select<QualitativeLevel> field = new Select<>();
        field.setLabel(label);
        field.setItems(QualitativeLevel.values());
        field.setEmptySelectionAllowed(true);
        field.setItemLabelGenerator(l -> l == null ? "—" : translate.apply(l));
        binder.forField(field).bind(get, set);
        fields.put(key, field);
        return field;
    }

    Component likelihood() {
        Select<Likelihood> field = new Select<>();
        field.setLabel(translate.apply("entry.likelihood"));
        field.setItems(Likelihood.values());
        field.setEmptySelectionAllowed(true);
        field.setItemLabelGenerator(l -> l == null ? "—" : translate.apply(l));
        binder.forField(field).bind(ActualForm::getLikelihood, ActualForm::setLikelihood);
        fields.put("likelihood", field);
        return field;
    }

    Component reasons() {
        MultiSelectComboBox<DeviationReason> field = new MultiSelectComboBox<>(translate.apply("entry.reasons"));
        field.setItems(DeviationReason.values());
        field.setItemLabelGenerator(translate::apply);
        binder.forField(field).bind(ActualForm::getReasons, ActualForm::setReasons);
        fields.put("reasons", field);
        return field;
    }

    Component text(
            String key,
            String label,
            ValueProvider<ActualForm, String> get,
            Setter<ActualForm, String> set,
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
