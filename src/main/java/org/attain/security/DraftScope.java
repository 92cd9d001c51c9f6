package org.attain.security;

import java.util.Set;
import org.attain.status.ReviewState;

/**
 * Whose unapproved values (drafts, submitted or returned ones) a reader may see: the performance officer and the
 * system every project's, a project owner those of their own projects, everyone else none — they see approved values
 * only, as do the official tables and the self-evaluation.
 */
public record DraftScope(boolean all, Set<Long> projects) {

    public static final DraftScope NONE = new DraftScope(false, Set.of());
    public static final DraftScope ALL = new DraftScope(true, Set.of());

    public DraftScope {
        projects = Set.copyOf(projects);
    }

    public boolean covers(long projectId) {
        return all || projects.contains(projectId);
    }

    /** Whether a value in this state of this project is shown to the reader. */
    public boolean shows(long projectId, ReviewState state) {
        return state == ReviewState.APPROVED || covers(projectId);
    }
}
