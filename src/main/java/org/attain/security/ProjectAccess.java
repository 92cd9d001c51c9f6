package org.attain.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Only the owners assigned to a project (or the system) may change its actuals. */
@Component
public class ProjectAccess {

    private final CurrentUser currentUser;
    private final UserService users;

    ProjectAccess(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    public boolean canEnter(long projectId) {
        return currentUser.isSystem()
                || currentUser.has(Role.PROJECT_OWNER) && users.owns(currentUser.name(), projectId);
    }

    /** The projects among these whose actuals the current user may change, as {@link #canEnter}: one query for all. */
    public Set<Long> enterable(Collection<Long> projectIds) {
        if (currentUser.isSystem()) {
            return Set.copyOf(projectIds);
        }
        if (!currentUser.has(Role.PROJECT_OWNER)) {
            return Set.of();
        }
        Set<Long> owned = new HashSet<>(users.assignedProjects(currentUser.name()));
        owned.retainAll(projectIds instanceof Set<?> ? projectIds : new HashSet<>(projectIds));
        return owned;
    }

    /** As {@link #requireOwner(long)} for many projects at once. */
    public void requireOwner(Collection<Long> projectIds) {
        Set<Long> enterable = enterable(projectIds);
        for (long id : projectIds) {
            if (!enterable.contains(id)) {
                throw denied(id);
            }
        }
    }

    public void requireOwner(long projectId) {
        if (!canEnter(projectId)) {
            throw denied(projectId);
        }
    }

    private AccessDeniedException denied(long projectId) {
        return new AccessDeniedException("'" + currentUser.name() + "' is not an owner of project " + projectId
                + " and may not change its actuals");
    }
}
