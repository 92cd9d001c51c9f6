package org.attain.security;

/** What a user may do. LEADER sees everything and changes nothing. */
public enum Role {
    LEADER,
    PROJECT_OWNER,
    PERFORMANCE_OFFICER,
    ADMIN;

    /** Names for {@code @RolesAllowed}. */
    public static final String OWNER = "PROJECT_OWNER";

    public static final String OFFICER = "PERFORMANCE_OFFICER";
    public static final String ADMINISTRATOR = "ADMIN";
    public static final String LEADERSHIP = "LEADER";

    public String authority() {
        return "ROLE_" + name();
    }
}
