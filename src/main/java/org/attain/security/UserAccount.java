package org.attain.security;

/** A user as listed to administrators (never with the password hash). */
public record UserAccount(String username, String displayName, Role role, boolean enabled) {
}
