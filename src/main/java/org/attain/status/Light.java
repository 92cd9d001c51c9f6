package org.attain.status;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The status of an indicator, a project or a budget at a checkpoint. Never colour alone: each light has a symbol
 * and words too. Not reported (待填报), overdue (逾期未填报) and not yet due are states of their own, never shown as
 * zero or red.
 */
public enum Light {
    RED("●", 6, 0),
    YELLOW("▲", 5, 1),
    OVERDUE("◔", 4, 2),
    BLUE("★", 3, 4),
    GREEN("✔", 2, 5),
    NOT_REPORTED("○", 1, 3),
    NOT_DUE("…", 0, 6);

    /** Worst first: the one order of lists, agendas and charts (red, yellow, overdue, not reported, blue, green, not due). */
    public static final Comparator<Light> WORST_FIRST = Comparator.comparingInt(l -> l.rank);

    private final String symbol;
    private final int severity;
    private final int rank;

    Light(String symbol, int severity, int rank) {
        this.symbol = symbol;
        this.severity = severity;
        this.rank = rank;
    }

    public String symbol() {
        return symbol;
    }

    /** The worse of two lights, as a project takes the worst of its indicators and its budget. */
    public static Light worse(Light a, Light b) {
        return a.severity >= b.severity ? a : b;
    }

    /** Every light, worst first. */
    public static List<Light> inWorstFirstOrder() {
        return Arrays.stream(values()).sorted(WORST_FIRST).toList();
    }

    /** Position in the worst-first order. */
    public int rank() {
        return rank;
    }

    /** Red, yellow or overdue: a leader must look. */
    public boolean isShortfall() {
        return this == RED || this == YELLOW || this == OVERDUE;
    }

    public String cssClass() {
        return "light-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
