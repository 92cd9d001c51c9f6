package org.attain.security;

import java.util.Map;
import org.attain.i18n.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Display names (and departments) by user name, as read at one moment. A name without an account (a command-line
 * import, an account since renamed) is shown as it was recorded; the system's own identity and the demo data's are
 * named in the reader's language once {@link #in} has given the language.
 */
public record Names(Map<String, Person> people, Map<String, String> identities) {

    public static final Names NONE = new Names(Map.of());

    /** Who wrote the demo data (the demo profile's DemoData). */
    public static final String DEMO = "demo";

    public Names {
        people = Map.copyOf(people);
        identities = Map.copyOf(identities);
    }

    public Names(Map<String, Person> people) {
        this(people, Map.of());
    }

    /** The same names, with the identities that are no account (the system, the demo data) in the reader's words. */
    public Names in(Texts t) {
        return new Names(people, Map.of(SystemIdentity.NAME, t.get("who.system"), DEMO, t.get("who.demo")));
    }

    /** The display name, else the user name as recorded; empty for none. */
    public String of(@Nullable String username) {
        if (username == null) {
            return "";
        }
        Person p = people.get(username);
        return p == null || p.displayName() == null || p.displayName().isBlank()
                ? (p == null ? identities.getOrDefault(username, username) : username)
                : p.displayName();
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
