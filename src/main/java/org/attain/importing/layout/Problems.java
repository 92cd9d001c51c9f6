package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.List;
import org.attain.importing.ImportProblem;
import org.attain.importing.read.Cell;

/**
 * What reading one part of a document found wrong: warnings (something was left out or corrected: the import goes on)
 * and refusals (something is wrong: nothing is stored). Bounded, so that a file of garbage gives a readable list.
 */
final class Problems {

    static final int MAX_WARNINGS = 500;
    static final int MAX_ERRORS = 100;

    private final List<ImportProblem> warnings = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();
    private int suppressedWarnings;
    private int suppressedErrors;
    /** Where the warnings of the current project start, to hand them to it. */
    private int projectStart;

    void warn(Cell cell, String key, Object... args) {
        warn(cell.where().problem(key, args));
    }

    void warn(ImportProblem problem) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(problem);
        } else {
            suppressedWarnings++;
        }
    }

    void refuse(Cell cell, String key, Object... args) {
        refuse(cell.where().problem(key, args));
    }

    void refuse(ImportProblem problem) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(problem);
        } else {
            suppressedErrors++;
        }
    }

    /** Marks the start of a project's warnings. */
    void startProject() {
        projectStart = warnings.size();
    }

    /** The warnings since the current project started. */
    List<ImportProblem> projectWarnings() {
        return List.copyOf(warnings.subList(Math.min(projectStart, warnings.size()), warnings.size()));
    }

    int warningCount() {
        return warnings.size();
    }

    int errorCount() {
        return errors.size();
    }

    /** Whether a warning or a refusal was left out for the bounds. */
    boolean overflowed() {
        return suppressedWarnings > 0 || suppressedErrors > 0;
    }

    /** The warnings from one index to another, as {@link #warningCount} counted them. */
    List<ImportProblem> warnings(int from, int to) {
        return warnings.subList(from, to);
    }

    List<ImportProblem> errors(int from, int to) {
        return errors.subList(from, to);
    }

    List<ImportProblem> warnings() {
        List<ImportProblem> all = new ArrayList<>(warnings);
        if (suppressedWarnings > 0) {
            all.add(ImportProblem.of(0, "import.warn.more", suppressedWarnings));
        }
        return List.copyOf(all);
    }

    List<ImportProblem> errors() {
        List<ImportProblem> all = new ArrayList<>(errors);
        if (suppressedErrors > 0) {
            all.add(ImportProblem.of(0, "refused.more", suppressedErrors));
        }
        return List.copyOf(all);
    }

    /** A value from the file cut to a readable length for a message. */
    static String quote(String text) {
        return ImportProblem.quote(text);
    }
}
