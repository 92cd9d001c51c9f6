package org.attain.importing.history;

import java.util.List;
import org.attain.importing.ImportProblem;

/** An earlier year's table as read: its kind, its projects with what they state, and every warning by line. */
public record HistoryDocument(
        String source, HistoryKind kind, List<StatedProject> projects, List<ImportProblem> warnings) {

    public HistoryDocument {
        projects = List.copyOf(projects);
        warnings = List.copyOf(warnings);
    }

    /** The year of the document's projects (the first one's). */
    public int year() {
        return projects.getFirst().checkpoint().year();
    }
}
