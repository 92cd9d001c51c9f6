package org.attain.monitoring.bulk;

import org.jspecify.annotations.Nullable;
import org.attain.i18n.Message;
import java.util.List;
import org.attain.importing.ImportProblem;

/**
 * What an actuals or budget file holds: the values it would store (one line each, by row) and every row that
 * cannot be stored. With any error, nothing is stored.
 */
public record ActualsImportReport(String source, List<Line> lines, List<ImportProblem> errors) {

    /** A value the file changes: of an indicator, or of the project's budget when {@code indicator} is null. */
    public record Line(int row, String project, @Nullable String indicator, String checkpoint, Message change) {
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
