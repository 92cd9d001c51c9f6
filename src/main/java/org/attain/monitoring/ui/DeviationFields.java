package org.attain.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import org.attain.status.Deviation;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.jspecify.annotations.Nullable;

/** Why the budget deviates and what is done about it: likelihood, reasons, their text and the corrective action. */
final class DeviationFields {

    final Select<Likelihood> likelihood = new Select<>();
    final MultiSelectComboBox<DeviationReason> reasons = new MultiSelectComboBox<>();
    final TextField reasonText = new TextField();
    final TextArea correctiveAction = new TextArea();

    DeviationFields(Deviation deviation, Function<Object, String> translate) {
        likelihood.setLabel(translate.apply("entry.likelihood"));
        likelihood.setItems(Likelihood.values());
        likelihood.setEmptySelectionAllowed(true);
        likelihood.setItemLabelGenerator(l -> l == null ? "—" : translate.apply(l));
        likelihood.setValue(deviation.likelihood());
        reasons.setLabel(translate.apply("entry.reasons"));
        reasons.setItems(DeviationReason.values());
        reasons.setItemLabelGenerator(translate::apply);
        reasons.setValue(deviation.reasons());
        reasonText.setLabel(translate.apply("entry.reasonText"));
        reasonText.setMaxLength(2000);
        reasonText.setValue(deviation.reasonText() == null ? "" : deviation.reasonText());
        correctiveAction.setLabel(translate.apply("entry.correctiveAction"));
        correctiveAction.setMaxLength(2000);
        correctiveAction.setValue(deviation.correctiveAction() == null ? "" : deviation.correctiveAction());
    }

    Component[] components() {
        return new Component[] {likelihood, reasons, reasonText, correctiveAction};
    }

    Deviation value() {
        return new Deviation(
                reasons.getValue(),
                blankToNull(reasonText.getValue()),
                likelihood.getValue(),
                blankToNull(correctiveAction.getValue()));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
