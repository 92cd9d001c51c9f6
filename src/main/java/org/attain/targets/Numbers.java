package org.attain.targets;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as a whole, or refuses it: an optional sign, digits (with correctly grouped thousands separators if
 * any) and an optional decimal part. No exponent, no trailing text, nothing taken from the middle of a word:
 * {@code -8}, {@code 1e309} and {@code 12abc} are never read as 8, 1 or 12. The value must fit the column it is
 * stored in. Pure Java.
 */
public final class Numbers {

    private static final Pattern WHOLE = Pattern.compile("([+-]?)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]+))?");

    private Numbers() {}

    /** Why a text was not taken as a number. */
    public enum Refusal {
        /** Not a number written in full (letters, an exponent, two decimal points, badly grouped thousands…). */
        NOT_A_NUMBER,
        /** A negative number where only zero or more makes sense. */
        NEGATIVE,
        /** More digits before the decimal point than the column holds. */
        TOO_LARGE,
        /** More decimal places than the column keeps: storing it would round it. */
        TOO_PRECISE
    }

    /**
     * The digits a database column keeps: {@code DECIMAL(p, s)} holds {@code p - s} digits before the decimal point
     * and {@code s} after it.
     */
    public record Limit(int integerDigits, int scale) {

        /** Amounts in 万元: {@code DECIMAL(18, 4)} (project budgets, budget execution). */
        public static final Limit MONEY = new Limit(14, 4);
        /** Target values, actuals and forecasts: {@code DECIMAL(20, 6)}. */
        public static final Limit VALUE = new Limit(14, 6);

        /** Why the value does not fit, or null when it does. */
        public Refusal check(BigDecimal value) {
            BigDecimal v = value.stripTrailingZeros();
            if (Math.max(0, v.precision() - v.scale()) > integerDigits) {
                return Refusal.TOO_LARGE;
            }
            return Math.max(0, v.scale()) > scale ? Refusal.TOO_PRECISE : null;
        }

        /** The largest value the column holds, for messages. */
        public String largest() {
            return "9".repeat(integerDigits) + (scale > 0 ? "." + "9".repeat(scale) : "");
        }
    }

    /** A text that is not a number that fits; {@link #reason()} says why. */
    public static final class Refused extends IllegalArgumentException {
        private final Refusal reason;
        private final String text;
        private final Limit limit;

        Refused(Refusal reason, String text, Limit limit) {
            super(reason + ": " + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
            this.reason = reason;
            this.text = text;
            this.limit = limit;
        }

        public Refusal reason() {
            return reason;
        }

        /** The text as written. */
        public String text() {
            return text;
        }

        public Limit limit() {
            return limit;
        }
    }

    /**
     * The number written in {@code text} (full-width digits and signs are read as their ASCII forms, surrounding
     * spaces ignored), if it fits {@code limit}; otherwise {@link Refused} names the reason.
     */
    public static BigDecimal parse(String text, Limit limit, boolean negativeAllowed) {
        String t = halfWidth(text).strip();
        Matcher m = WHOLE.matcher(t);
        if (!m.matches()) {
            throw new Refused(Refusal.NOT_A_NUMBER, text, limit);
        }
        String integer = m.group(2).replace(",", "").replaceFirst("^0+(?=.)", "");
        String fraction = m.group(3) == null ? "" : m.group(3).replaceFirst("0+$", "");
        // decided on the digits before building a BigDecimal, so that a megabyte of digits costs nothing
        if (integer.length() > limit.integerDigits()) {
            throw new Refused(Refusal.TOO_LARGE, text, limit);
        }
        if (fraction.length() > limit.scale()) {
            throw new Refused(Refusal.TOO_PRECISE, text, limit);
        }
        BigDecimal value = new BigDecimal(m.group(1) + integer + (fraction.isEmpty() ? "" : "." + fraction));
        if (value.signum() < 0 && !negativeAllowed) {
            throw new Refused(Refusal.NEGATIVE, text, limit);
        }
        return value;
    }

    /** A refusal found by a caller that reads numbers with units around them (the text is the whole cell). */
    public static Refused refused(Refusal reason, String text, Limit limit) {
        return new Refused(reason, text, limit);
    }

    /** Full-width digits, decimal point, comma and signs as their ASCII forms. */
    static String halfWidth(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else {
                sb.append(
                        switch (c) {
                            case '．' -> '.';
                            case '，' -> ',';
                            case '－', '−' -> '-';
                            case '＋' -> '+';
                            default -> c;
                        });
            }
        }
        return sb.toString();
    }
}
