package org.attain.monitoring.bulk;

import java.util.List;
import org.attain.i18n.Message;
import org.attain.importing.ImportProblem;
import org.jspecify.annotations.Nullable;

/**
 * What an actuals or budget file holds: the values it would store (one line each, by row) and every row that
 * cannot be stored. With any error, nothing is stored.
 */
public record ActualsImportReport(String source, List<Line> lines, List<ImportProblem> errors) {

    /** A value the file changes: of an indicator, or of the project's budget when {@code indicator} is null. */
    public record Line(int row, String project, @Nullable String indicator, String checkpoint, Message change) {}

    public boolean isValid() {
        return errors.isEmpty();
    }
}
