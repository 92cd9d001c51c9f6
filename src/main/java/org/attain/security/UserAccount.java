package org.attain.security;

import org.jspecify.annotations.Nullable;

/**
 * A user as listed to administrators (never with the password hash): the person's name, department and e-mail
 * address (for reminders), the role,
 * whether the account may sign in, and whether its password was set by an administrator and must be changed.
 */
public record UserAccount(
        String username,
        String displayName,
        @Nullable String department,
        @Nullable String email,
        Role role,
        boolean enabled,
        boolean mustChangePassword) {}
