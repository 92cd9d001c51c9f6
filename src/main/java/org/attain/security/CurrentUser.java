package org.attain.security;

import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting. A web request always has a user (or an anonymous one, who may do nothing); code that runs without
 * any authentication — start-up, the demo data, a command without {@code --as} — acts as the system.
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    private Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    public boolean isSystem() {
        return authentication() == null;
    }

    public String name() {
        Authentication a = authentication();
        return a == null ? SYSTEM : a.getName();
    }

    public boolean has(Role role) {
        Authentication a = authentication();
        return a != null && !(a instanceof AnonymousAuthenticationToken) && a.isAuthenticated()
                && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(role.authority()));
    }

    /** Lets the system and any user with one of the roles through; refuses everyone else. */
    public void require(Role... roles) {
        if (isSystem() || Arrays.stream(roles).anyMatch(this::has)) {
            return;
        }
        throw new AccessDeniedException("“" + name() + "” 无权执行此操作 / is not allowed to do this (needs "
                + Arrays.toString(roles) + ")");
    }
}
