package org.attain.importing.history;

import java.util.List;
import org.attain.importing.ImportProblem;

/**
 * An earlier year's table as read: its kind, its projects with what they state, every warning by line, and the
 * SHA-256 of the file (to tell the same document imported again).
 */
public record HistoryDocument(
        String source, HistoryKind kind, List<StatedProject> projects, List<ImportProblem> warnings, String digest) {

    public HistoryDocument {
        projects = List.copyOf(projects);
        warnings = List.copyOf(warnings);
    }

    /** The year of the document's projects (the first one's). */
    public int year() {
        return projects.getFirst().checkpoint().year();
    }
}
