package org.attain.startup;

/**
 * Attain cannot start, for a reason the user can act on: what happened, and what to do about it. Reported in one
 * line, without a stack trace ({@link StartupFailureReporter}).
 */
public class StartupException extends RuntimeException {

    private final String action;

    public StartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }

    static StartupException portInUse(int port, Throwable cause) {
        return new StartupException(
                "port " + port + " is already in use by another program.",
                "Stop that program, or start Attain on another port with --server.port=" + (port + 1) + " (or PORT="
                        + (port + 1) + ").",
                cause);
    }
}
