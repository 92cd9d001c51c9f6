package org.attain.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.attain.assessment.Weights;

/** The performance officer's weights of the budget and the three categories (合计 100), saved together. */
class WeightsForm extends Composite<Div> {

    /** The four weights as typed, checked by the caller (合计 100). */
    interface Save {
        void save(BigDecimal budget, BigDecimal output, BigDecimal benefit, BigDecimal satisfaction);
    }

    WeightsForm(Weights w, Save save) {
        BigDecimalField budget = field(getTranslation("self.budget"), w.budget());
        BigDecimalField output = field(getTranslation("self.weights.output"), w.output());
        BigDecimalField benefit = field(getTranslation("self.weights.benefit"), w.benefit());
        BigDecimalField satisfaction = field(getTranslation("self.weights.satisfaction"), w.satisfaction());
        Button button = new Button(
                getTranslation("self.weights.save"),
                e -> save.save(orZero(budget), orZero(output), orZero(benefit), orZero(satisfaction)));
        button.setId("save-weights");
        HorizontalLayout row = new HorizontalLayout(budget, output, benefit, satisfaction, button);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setId("weights");
        getContent().add(row);
    }

    private static BigDecimalField field(String label, BigDecimal value) {
        BigDecimalField f = new BigDecimalField(label);
        f.setValue(value);
        f.setWidth("8rem");
        return f;
    }

    private static BigDecimal orZero(BigDecimalField f) {
        return f.getValue() == null ? BigDecimal.ZERO : f.getValue();
    }
}
