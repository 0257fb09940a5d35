package se.samverka.consent;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days that are not working days in Sweden though they fall on a weekday: the public holidays of lagen
 * (1989:253) om allmänna helgdagar, and midsommarafton, julafton and nyårsafton, which are treated as Sundays in
 * working-time law (semesterlagen, arbetstidslagen) and collective agreements.
 */
final class SwedishHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1),   // nyårsdagen
            MonthDay.of(1, 6),   // trettondedag jul
            MonthDay.of(5, 1),   // första maj
            MonthDay.of(6, 6),   // Sveriges nationaldag
            MonthDay.of(12, 24), // julafton
            MonthDay.of(12, 25), // juldagen
            MonthDay.of(12, 26), // annandag jul
            MonthDay.of(12, 31)  // nyårsafton
    );

    private SwedishHolidays() {
    }

    /** Every such day from {@code from} to {@code to}, both included. */
    static Set<LocalDate> between(LocalDate from, LocalDate to) {
        var days = new TreeSet<LocalDate>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (LocalDate day : of(year)) {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    static Set<LocalDate> of(int year) {
        var days = new TreeSet<LocalDate>();
        FIXED.forEach(day -> days.add(day.atYear(year)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));  // långfredagen
        days.add(easter);               // påskdagen
        days.add(easter.plusDays(1));   // annandag påsk
        days.add(easter.plusDays(39));  // Kristi himmelsfärdsdag
        days.add(easter.plusDays(49));  // pingstdagen
        LocalDate midsummerDay = LocalDate.of(year, 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        days.add(midsummerDay.minusDays(1)); // midsommarafton
        days.add(midsummerDay);              // midsommardagen
        days.add(LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))); // alla helgons dag
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the computus as published by Meeus, after the 1876 algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
