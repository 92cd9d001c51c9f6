package org.attain.status;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;

/**
 * 春节 (the first day of the first month of the Chinese calendar) of a Gregorian year: it moves every year
 * (2025-01-29, 2026-02-17), so "春节前" is never a fixed month. The date comes from lunar-java (6tail), whose
 * high-precision new moons give the official dates; ICU4J's {@code ChineseCalendar} puts 2027's festival on 7 February
 * and 2030's on 2 February, a day off where the new moon falls minutes from midnight Beijing time.
 */
public final class SpringFestival {

    private SpringFestival() {}

    /** The Spring Festival that falls in the Gregorian {@code year} (always between 21 January and 20 February). */
    public static LocalDate of(int year) {
        Solar day = Lunar.fromYmd(year, 1, 1).getSolar();
        return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
    }

    /** The day by which "春节前" work must be done: the eve of the Spring Festival (除夕). */
    public static LocalDate eve(int year) {
        return of(year).minusDays(1);
    }
}
