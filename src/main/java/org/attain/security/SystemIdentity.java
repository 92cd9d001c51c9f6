package org.attain.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The explicit identity of work nobody signed in for: start-up (the shipped seed, the demo data) and a command run
 * without {@code --as}. Nothing acts as the system by default: code without any authentication is refused.
 */
public final class SystemIdentity extends AbstractAuthenticationToken {

    public static final String NAME = "system";

    private SystemIdentity() {
        super(List.of());
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return NAME;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** Runs work as the system, then restores whoever was acting before. */
    public static <T> T call(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new SystemIdentity());
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Makes the system the one acting on this thread until the context is cleared (a command's whole run). */
    public static void enter() {
        SecurityContextHolder.getContext().setAuthentication(new SystemIdentity());
    }

    static boolean is(Authentication a) {
        return a instanceof SystemIdentity;
    }
}
