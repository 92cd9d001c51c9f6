package org.attain.monitoring.ui;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.attain.monitoring.ActualInput;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;

/** The editable values of one indicator row, bound to the form's fields. */
class ActualForm {

    private final long indicatorId;
    private final Integer version;
    private BigDecimal actual;
    private QualitativeLevel actualLevel;
    private String narrative;
    private BigDecimal forecast;
    private QualitativeLevel forecastLevel;
    private Set<DeviationReason> reasons = new HashSet<>();
    private String reasonText;
    private Likelihood likelihood;
    private String correctiveAction;
    private String note;

    ActualForm(ActualInput stored) {
        indicatorId = stored.indicatorId();
        version = stored.version();
        actual = tidy(stored.actual());
        actualLevel = stored.actualLevel();
        narrative = stored.narrative();
        forecast = tidy(stored.forecast());
        forecastLevel = stored.forecastLevel();
        reasons = new HashSet<>(stored.reasons());
        reasonText = stored.reasonText();
        likelihood = stored.likelihood();
        correctiveAction = stored.correctiveAction();
        note = stored.note();
    }

    /** 12.000000 from the database shows as 12. */
    static BigDecimal tidy(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    ActualInput toInput() {
        return new ActualInput(
                indicatorId,
                version,
                actual,
                actualLevel,
                narrative,
                forecast,
                forecastLevel,
                reasons,
                reasonText,
                likelihood,
                correctiveAction,
                note);
    }

    BigDecimal getActual() {
        return actual;
    }

    void setActual(BigDecimal actual) {
        this.actual = actual;
    }

    QualitativeLevel getActualLevel() {
        return actualLevel;
    }

    void setActualLevel(QualitativeLevel actualLevel) {
        this.actualLevel = actualLevel;
    }

    String getNarrative() {
        return narrative;
    }

    void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    BigDecimal getForecast() {
        return forecast;
    }

    void setForecast(BigDecimal forecast) {
        this.forecast = forecast;
    }

    QualitativeLevel getForecastLevel() {
        return forecastLevel;
    }

    void setForecastLevel(QualitativeLevel forecastLevel) {
        this.forecastLevel = forecastLevel;
    }

    Set<DeviationReason> getReasons() {
        return reasons;
    }

    void setReasons(Set<DeviationReason> reasons) {
        this.reasons = reasons == null ? new HashSet<>() : new HashSet<>(reasons);
    }

    String getReasonText() {
        return reasonText;
    }

    void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    Likelihood getLikelihood() {
        return likelihood;
    }

    void setLikelihood(Likelihood likelihood) {
        this.likelihood = likelihood;
    }

    String getCorrectiveAction() {
        return correctiveAction;
    }

    void setCorrectiveAction(String correctiveAction) {
        this.correctiveAction = correctiveAction;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
