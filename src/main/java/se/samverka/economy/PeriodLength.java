package se.samverka.economy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How long a centre's settlement periods are in a year; the centre chooses per year, a quarter unless it does. */
enum PeriodLength {
    MONTH(12, "M"),
    QUARTER(4, "Q"),
    HALF_YEAR(2, "H"),
    YEAR(1, "Y");

    static final PeriodLength DEFAULT = QUARTER;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final int count;
    private final String prefix;

    PeriodLength(int count, String prefix) {
        this.count = count;
        this.prefix = prefix;
    }

    /** The periods' codes in order: M01–M12, Q1–Q4, H1–H2 or Y. */
    List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            codes.add(this == YEAR ? prefix : this == MONTH ? prefix + String.format("%02d", i) : prefix + i);
        }
        return codes;
    }

    boolean has(String code) {
        return code != null && codes().contains(code);
    }

    /** The length of the period the code names: M01 a month, Q1 a quarter … */
    static PeriodLength of(String code) {
        return switch (code.charAt(0)) {
            case 'M' -> MONTH;
            case 'Q' -> QUARTER;
            case 'H' -> HALF_YEAR;
            default -> YEAR;
        };
    }

    int months() {
        return 12 / count;
    }

    /** The first day of the period the code names in the year. */
    static java.time.LocalDate firstDay(int year, String code) {
        PeriodLength length = of(code);
        int index = length == YEAR ? 0 : Integer.parseInt(code.substring(1)) - 1;
        return java.time.LocalDate.of(year, 1 + index * length.months(), 1);
    }

    /** "kvartal 1", "januari", "halvår 2", "helår". */
    static String label(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return switch (code.charAt(0)) {
            case 'M' -> java.time.Month.of(Integer.parseInt(code.substring(1)))
                    .getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, SWEDISH);
            case 'Q' -> "kvartal " + code.substring(1);
            case 'H' -> "halvår " + code.substring(1);
            default -> "helår";
        };
    }
}
