package org.attain.security;

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

    public void requireOwner(long projectId) {
        if (!canEnter(projectId)) {
            throw new AccessDeniedException("'" + currentUser.name() + "' is not an owner of project " + projectId
                    + " and may not change its actuals");
        }
    }
}
