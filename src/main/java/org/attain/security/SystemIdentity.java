package org.attain.security;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The explicit identity of work nobody signed in for: start-up (the shipped seed, as {@value #NAME}; the demo data, as
 * {@code demo}) and a command run without {@code --as} (as {@value #COMMAND_LINE}). The name is what the change log
 * records. Nothing acts as the system by default: code without any authentication is refused.
 */
public final class SystemIdentity extends AbstractAuthenticationToken {

    public static final String NAME = "system";

    /** The name of a command run without {@code --as}. */
    public static final String COMMAND_LINE = "cli";

    private final String name;

    private SystemIdentity(String name) {
        super(List.of());
        this.name = name;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }

    /** Runs work as the system, then restores whoever was acting before. */
    public static <T> T call(Supplier<T> work) {
        return call(NAME, work);
    }

    /** Runs work as the system under the given name (what the change log records), then restores whoever acted. */
    public static <T> T call(String name, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new SystemIdentity(name));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static void run(Runnable work) {
        run(NAME, work);
    }

    public static void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }

    /** Makes the system the one acting on this thread until the context is cleared. */
    public static void enter() {
        enter(NAME);
    }

    /** Makes the system, under the given name, the one acting on this thread (a command's whole run). */
    public static void enter(String name) {
        SecurityContextHolder.getContext().setAuthentication(new SystemIdentity(name));
    }

    static boolean is(@Nullable Authentication a) {
        return a instanceof SystemIdentity;
    }
}
