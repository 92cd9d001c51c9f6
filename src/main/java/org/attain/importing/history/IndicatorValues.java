package org.attain.importing.history;

import java.math.BigDecimal;
import java.util.List;
import org.attain.importing.ImportProblem;
import org.attain.importing.IndicatorDraft;
import org.attain.importing.read.Cell;
import org.attain.status.QualitativeLevel;
import org.jspecify.annotations.Nullable;

/** What one indicator's row states, read into values; what cannot be read is warned of at its cell. */
final class IndicatorValues {

    private IndicatorValues() {}

    static StatedIndicator none(IndicatorDraft i) {
        return new StatedIndicator(i, null, null, null, null, null, null, null, null);
    }

    static StatedIndicator of(IndicatorDraft i, RowCells.Found found, Cell name, List<ImportProblem> warnings) {
        var cells = found.cells();
        if (found.unplaced() > 0) {
            warnings.add(name.where().problem("history.warn.fewerValues", ImportProblem.quote(i.name())));
        }
        String actual = RowCells.text(cells.get(Column.ACTUAL));
        String forecast = RowCells.text(cells.get(Column.FORECAST));
        BigDecimal actualValue = null;
        QualitativeLevel level = null;
        if (actual != null) {
            if (i.target().isQualitative()) {
                level = StatedValues.level(actual);
            } else {
                actualValue = StatedValues.value(actual, i.target());
            }
            if (level == null && actualValue == null) {
                warn(cells.get(Column.ACTUAL), warnings, "history.warn.actualUnread", actual, i.name());
            }
        }
        BigDecimal forecastValue =
                forecast == null || i.target().isQualitative() ? null : StatedValues.value(forecast, i.target());
        return new StatedIndicator(
                i,
                actual,
                actualValue,
                level,
                forecast,
                forecastValue,
                points(cells.get(Column.WEIGHT), warnings, i),
                points(cells.get(Column.SCORE), warnings, i),
                RowCells.text(cells.get(Column.REASON)));
    }

    private static @Nullable BigDecimal points(
            @Nullable List<Cell> cells, List<ImportProblem> warnings, IndicatorDraft i) {
        String text = RowCells.text(cells);
        if (text == null) {
            return null;
        }
        BigDecimal points = StatedValues.points(text);
        if (points == null) {
            warn(cells, warnings, "history.warn.pointsUnread", text, i.name());
        }
        return points;
    }

    private static void warn(
            @Nullable List<Cell> cells, List<ImportProblem> warnings, String key, String text, String name) {
        Cell at = cells == null ? null : cells.getFirst();
        if (at != null) {
            warnings.add(at.where().problem(key, ImportProblem.quote(text), ImportProblem.quote(name)));
        }
    }
}
