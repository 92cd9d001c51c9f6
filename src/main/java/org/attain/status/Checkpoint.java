package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.i18n.Labelled;
import org.attain.i18n.Message;

/** A cumulative monitoring checkpoint: the months January to {@code month} of {@code year} (1-X月). */
public record Checkpoint(int year, int month) implements Comparable<Checkpoint>, Labelled {

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})\\s*$");

    public Checkpoint {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("A checkpoint month is 1 to 12, not " + month);
        }
        if (year < 1990 || year > 2200) {
            throw new IllegalArgumentException("Implausible checkpoint year " + year);
        }
    }

    /** Reads {@code 2025-06}. */
    public static Checkpoint parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("A checkpoint is written YYYY-MM, e.g. 2025-06, not '" + text + "'");
        }
        return new Checkpoint(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Checkpoint yearEnd(int year) {
        return new Checkpoint(year, 12);
    }

    /** Time progress T = X/12 (序时进度). */
    public BigDecimal timeProgress() {
        return BigDecimal.valueOf(month).divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP);
    }

    /** The last day of the period (30 June for 1-6月). */
    public LocalDate end() {
        return endOf(year, month);
    }

    static LocalDate endOf(int year, int month) {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    public boolean isYearEnd() {
        return month == 12;
    }

    /** Whether the period has ended by the given month (a checkpoint in the future cannot have actuals). */
    public boolean isAfter(YearMonth now) {
        return YearMonth.of(year, month).isAfter(now);
    }

    public String iso() {
        return year + (month < 10 ? "-0" : "-") + month; // the year has four digits (see the constructor)
    }

    /** "1-6月" in Chinese, "Jan–Jun" in English: {@code checkpoint.6} in the bundles. */
    @Override
    public Message label() {
        return Message.of("checkpoint." + month);
    }

    @Override
    public int compareTo(Checkpoint o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
    }

    @Override
    public String toString() {
        return iso();
    }
}
