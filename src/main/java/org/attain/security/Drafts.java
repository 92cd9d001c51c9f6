package org.attain.security;

import java.util.HashSet;
import org.springframework.stereotype.Component;

/** The {@link DraftScope} of whoever is acting. */
@Component
public class Drafts {

    private final CurrentUser currentUser;
    private final UserService users;

    Drafts(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    public DraftScope scope() {
        if (currentUser.isSystem() || currentUser.has(Role.PERFORMANCE_OFFICER)) {
            return DraftScope.ALL;
        }
        if (currentUser.has(Role.PROJECT_OWNER)) {
            return new DraftScope(false, new HashSet<>(users.assignedProjects(currentUser.name())));
        }
        return DraftScope.NONE;
    }
}
