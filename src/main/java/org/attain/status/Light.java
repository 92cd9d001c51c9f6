package org.attain.status;

/**
 * The status of an indicator, a project or a budget at a checkpoint. Never colour alone: each light has a symbol
 * and words too. Severity orders the judged lights from worst (RED) to best; not reported and not yet due are
 * states of their own, never shown as zero or red.
 */
public enum Light {
    RED("●", 4), YELLOW("▲", 3), GREEN("✔", 1), BLUE("★", 2), NOT_REPORTED("○", 0), NOT_DUE("…", 0);

    private final String symbol;
    private final int severity;

    Light(String symbol, int severity) {
        this.symbol = symbol;
        this.severity = severity;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isJudged() {
        return severity > 0;
    }

    /** The worse of two lights; unjudged lights lose against any judged one. */
    public static Light worse(Light a, Light b) {
        return a.severity >= b.severity ? a : b;
    }

    public String cssClass() {
        return "light-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
