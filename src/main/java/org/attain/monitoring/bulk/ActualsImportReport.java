package org.attain.monitoring.bulk;

import java.util.List;
import org.attain.importing.ImportProblem;

/**
 * What an actuals or budget file holds: the values it would store (one line each, by row) and every row that
 * cannot be stored. With any error, nothing is stored.
 */
public record ActualsImportReport(String source, List<Line> lines, List<ImportProblem> errors) {

    public record Line(int row, String project, String subject, String checkpoint, String change) {
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
