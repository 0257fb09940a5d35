package se.samverka.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (personnummer, folkbokföringslagen 18 §) or coordination number
 * (samordningsnummer, 18 a §, whose day of birth has 60 added): date of birth, a three-digit birth number and a check
 * digit computed by the Luhn algorithm over the ten-digit form. Written with 10 digits, the century follows from the
 * separator: "-" (or none) for someone under 100 years old on the day of the check, "+" for 100 or older.
 *
 * @param normalised the twelve digits, without separator
 */
public record IdentityNumber(Kind kind, String normalised, LocalDate birthDate) {

    public enum Kind {
        PERSONNUMMER, SAMORDNINGSNUMMER
    }

    /** Added to the day of birth in a coordination number. */
    static final int COORDINATION_DAY_OFFSET = 60;

    private static final Pattern WRITTEN = Pattern.compile("(18|19|20)?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{4})");

    public IdentityNumber {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(birthDate);
        if (!normalised.matches("\\d{12}")) {
            throw new IllegalArgumentException("twelve digits expected");
        }
    }

    /**
     * The number that the text is, or why it is none.
     *
     * @param today the day of the check, which decides the century of a ten-digit number
     */
    public static Check check(String text, LocalDate today) {
        Matcher written = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!written.matches()) {
            return Check.refused(Problem.FORM);
        }
        String century = written.group(1);
        int yearOfCentury = Integer.parseInt(written.group(2));
        int month = Integer.parseInt(written.group(3));
        int writtenDay = Integer.parseInt(written.group(4));
        boolean hundredOrOlder = written.group(5).equals("+");
        String last = written.group(6);
        if (century != null && hundredOrOlder) {
            return Check.refused(Problem.PLUS_WITH_CENTURY);
        }
        Kind kind = writtenDay > COORDINATION_DAY_OFFSET ? Kind.SAMORDNINGSNUMMER : Kind.PERSONNUMMER;
        int day = kind == Kind.SAMORDNINGSNUMMER ? writtenDay - COORDINATION_DAY_OFFSET : writtenDay;

        int year;
        if (century != null) {
            year = Integer.parseInt(century) * 100 + yearOfCentury;
        } else {
            year = today.getYear() - Math.floorMod(today.getYear() - yearOfCentury, 100);
            if (month == today.getMonthValue() ? day > today.getDayOfMonth() : month > today.getMonthValue()) {
                if (year == today.getYear()) {
                    year -= 100;
                }
            }
            if (hundredOrOlder) {
                year -= 100;
            }
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return Check.refused(Problem.DATE);
        }
        if (birthDate.isAfter(today)) {
            return Check.refused(Problem.FUTURE);
        }
        String tenDigits = written.group(2) + written.group(3) + written.group(4) + last;
        if (!luhn(tenDigits)) {
            return Check.refused(Problem.CHECK_DIGIT);
        }
        String normalised = "%04d".formatted(year) + tenDigits.substring(2);
        return new Check(new IdentityNumber(kind, normalised, birthDate), null);
    }

    /** The Luhn check over all ten digits: weights 2, 1, 2, … from the left, digit sums added, a multiple of ten. */
    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return sum % 10 == 0;
    }

    /** Why a text is not an identity number ({@code identity-number.<code>} in messages_sv.properties). */
    public enum Problem {
        FORM("form"), PLUS_WITH_CENTURY("plus-with-century"), DATE("date"), FUTURE("future"),
        CHECK_DIGIT("check-digit");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String messageKey() {
            return "identity-number." + code;
        }
    }

    /** Exactly one of the two is set. */
    public record Check(IdentityNumber number, Problem problem) {

        public Check {
            if ((number == null) == (problem == null)) {
                throw new IllegalArgumentException("a number or a problem");
            }
        }

        static Check refused(Problem problem) {
            return new Check(null, problem);
        }

        public boolean valid() {
            return number != null;
        }
    }
}
