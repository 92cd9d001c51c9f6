package org.attain.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attain.assessment.Band;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.SelfEvaluation;
import org.attain.report.SelfEvaluationText;
import org.jspecify.annotations.Nullable;

/**
 * The indicator lines of a self-evaluation with value, weight, score and formula. Only the performance officer gets
 * fields for the weight and the share of a qualitative line; everybody else reads them as text, never as a field
 * whose input would be dropped.
 */
class ScoreGrid extends Composite<Grid<ScoreRow>> {

    /** What the officer changed on a line: a weight, or the share of the weight a qualitative line earns. */
    interface Changes {
        void weight(ScoreRow row, @Nullable BigDecimal weight);

        void share(ScoreRow row, @Nullable BigDecimal share);
    }

    ScoreGrid(SelfEvaluation e, @Nullable Changes officer) {
        Locale locale = getLocale();
        Grid<ScoreRow> grid = getContent();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ScoreRow::category)
                .setHeader(getTranslation("indicator.category"))
                .setKey("category")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(ScoreRow::subcategory)
                .setHeader(getTranslation("indicator.subcategory"))
                .setKey("subcategory")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(ScoreRow::name)
                .setHeader(getTranslation("indicator.name"))
                .setKey("name")
                .setFlexGrow(2)
                .setWidth("9rem");
        grid.addColumn(ScoreRow::target)
                .setHeader(getTranslation("indicator.target"))
                .setKey("target")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(r -> SelfEvaluationText.value(e, r, locale))
                .setHeader(getTranslation(e.isProjection() ? "self.value.projected" : "self.actual"))
                .setKey("actual")
                .setWidth("7rem")
                .setFlexGrow(0);
        if (officer != null) {
            grid.addComponentColumn(r -> weightField(r, officer))
                    .setHeader(getTranslation("self.weight"))
                    .setKey("weight")
                    .setWidth("7rem")
                    .setFlexGrow(0);
        } else {
            grid.addColumn(r -> SelfEvaluationText.points(r.score().weight()))
                    .setHeader(getTranslation("self.weight"))
                    .setKey("weight")
                    .setTextAlign(ColumnTextAlign.END)
                    .setWidth("4.5rem")
                    .setFlexGrow(0);
        }
        grid.addColumn(r -> SelfEvaluationText.shownScore(e, r))
                .setHeader(getTranslation("self.score"))
                .setKey("score")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("4.5rem")
                .setFlexGrow(0);
        if (officer != null) {
            grid.addComponentColumn(r -> shareField(e, r, officer))
                    .setHeader(getTranslation("self.share"))
                    .setKey("share")
                    .setWidth("8rem")
                    .setFlexGrow(0);
        } else {
            grid.addColumn(this::share)
                    .setHeader(getTranslation("self.share"))
                    .setKey("share")
                    .setWidth("6rem")
                    .setFlexGrow(0);
        }
        grid.addColumn(r -> SelfEvaluationText.formula(e, r, locale))
                .setHeader(getTranslation("self.formula"))
                .setKey("formula")
                .setFlexGrow(2)
                .setWidth("10rem");
        grid.setItems(e.rows());
        grid.setAllRowsVisible(true);
        grid.setId("score-grid");
    }

    private Component weightField(ScoreRow r, Changes officer) {
        BigDecimalField field = new BigDecimalField();
        field.setValue(r.score().weight().setScale(2, RoundingMode.HALF_UP));
        field.setWidthFull();
        field.setAriaLabel(getTranslation("self.weightOf", r.name()));
        field.addClassName("attain-cell-field");
        field.addValueChangeListener(v -> {
            if (v.isFromClient()) {
                officer.weight(r, v.getValue());
            }
        });
        return field;
    }

    /** The share chosen for a qualitative line, or that it is the default; nothing for a quantitative one. */
    private String share(ScoreRow r) {
        if (!r.qualitative() || r.level() == null) {
            return "";
        }
        BigDecimal chosen = chosen(r);
        return chosen == null ? getTranslation("self.share.default") : percent(chosen);
    }

    private Component shareField(SelfEvaluation e, ScoreRow r, Changes officer) {
        if (!r.qualitative() || r.level() == null) {
            return new Span();
        }
        Band band = e.profile().bands().of(r.level()); // the band of the level in the year's scoring profile
        List<BigDecimal> options = new ArrayList<>();
        for (BigDecimal v = band.min(); v.compareTo(band.max()) <= 0; v = v.add(new BigDecimal("0.05"))) {
            options.add(v.stripTrailingZeros());
        }
        Select<BigDecimal> share = new Select<>();
        share.setItems(options);
        share.setEmptySelectionAllowed(true);
        share.setEmptySelectionCaption(getTranslation("self.share.default"));
        share.setItemLabelGenerator(v -> v == null ? getTranslation("self.share.default") : percent(v));
        share.setAriaLabel(getTranslation("self.shareOf", r.name()));
        share.addClassName("attain-cell-field");
        share.setWidthFull();
        BigDecimal chosen = chosen(r);
        options.stream()
                .filter(o -> chosen != null && o.compareTo(chosen) == 0)
                .findFirst()
                .ifPresent(share::setValue);
        share.addValueChangeListener(v -> {
            if (v.isFromClient()) {
                officer.share(r, v.getValue());
            }
        });
        return share;
    }

    private static @Nullable BigDecimal chosen(ScoreRow r) {
        if (r.score().defaulted() || r.score().weight().signum() == 0) {
            return null;
        }
        return r.score()
                .score()
                .divide(r.score().weight(), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
