package org.attain.security;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Display names (and departments) by user name, as read at one moment. A name without an account (the system, a
 * command-line import, an account since renamed) is shown as it was recorded.
 */
public record Names(Map<String, Person> people) {

    public static final Names NONE = new Names(Map.of());

    public Names {
        people = Map.copyOf(people);
    }

    /** The display name, else the user name as recorded; empty for none. */
    public String of(@Nullable String username) {
        if (username == null) {
            return "";
        }
        Person p = people.get(username);
        return p == null || p.displayName() == null || p.displayName().isBlank() ? username : p.displayName();
    }

    /** The department, or null when unknown. */
    public @Nullable String department(@Nullable String username) {
        Person p = username == null ? null : people.get(username);
        return p == null ? null : p.department();
    }

    /** An account's display name and department. */
    public record Person(
            @Nullable String displayName, @Nullable String department) {}
}
