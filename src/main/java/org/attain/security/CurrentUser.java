package org.attain.security;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the signed-in user of a web request, the account a command names with {@code --as}, or the
 * explicit {@link SystemIdentity} of start-up work and commands without {@code --as}. Fails closed: without any of
 * them nobody is acting, and every guarded call is refused.
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = SystemIdentity.NAME;

    private static @Nullable Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    public boolean isSystem() {
        return SystemIdentity.is(authentication());
    }

    private static boolean signedIn(@Nullable Authentication a) {
        return a != null && !(a instanceof AnonymousAuthenticationToken) && a.isAuthenticated();
    }

    /** The acting user's name; refused when nobody is acting. */
    public String name() {
        Authentication a = authentication();
        if (!signedIn(a)) {
            throw new AccessDeniedException("Nobody is signed in");
        }
        return a.getName();
    }

    public boolean has(Role role) {
        Authentication a = authentication();
        return signedIn(a) && holds(a, role);
    }

    private static boolean holds(Authentication a, Role role) {
        return a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(role.authority()));
    }

    /** Whether an authentication is the system or a signed-in user with one of the roles ({@link RequiresRole}). */
    static boolean allows(@Nullable Authentication a, Role... roles) {
        return SystemIdentity.is(a) || signedIn(a) && Arrays.stream(roles).anyMatch(role -> holds(a, role));
    }
}
