package org.attain.targets;

/** How an actual is compared with a target value: ≥, >, ≤, <, =. */
public enum Comparator {
    GE(">=", "≥"),
    GT(">", ">"),
    LE("<=", "≤"),
    LT("<", "<"),
    EQ("=", "=");

    private final String ascii;
    private final String symbol;

    Comparator(String ascii, String symbol) {
        this.ascii = ascii;
        this.symbol = symbol;
    }

    /** The ASCII form used in reports and files: {@code >=}, {@code >}, {@code <=}, {@code <}, {@code =}. */
    public String ascii() {
        return ascii;
    }

    /** The form shown to people: ≥ > ≤ < =. */
    public String symbol() {
        return symbol;
    }

    public boolean lowerIsBetter() {
        return this == LE || this == LT;
    }

    public static Comparator fromAscii(String ascii) {
        for (Comparator c : values()) {
            if (c.ascii.equals(ascii) || c.symbol.equals(ascii)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown comparator: " + ascii);
    }
}
