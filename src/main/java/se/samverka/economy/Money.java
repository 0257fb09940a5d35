package se.samverka.economy;

import java.util.Optional;

/** Swedish kronor as people type and read them: "12 500,50" is 1 250 050 öre. */
final class Money {

    /** The largest amount a cost item may have: 999 999 999,99 kr. */
    static final long MAX_ORE = 99_999_999_999L;

    private static final java.util.regex.Pattern KRONOR =
            java.util.regex.Pattern.compile("(\\d{1,3}(?: \\d{3})+|\\d+)(?:,(\\d{1,2}))?");

    private Money() {
    }

    /**
     * Öre from kronor written with an optional decimal comma and at most two decimals, thousands optionally
     * grouped by spaces, optionally followed by "kr". Empty for anything else, a negative amount included.
     */
    static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        if (value.endsWith("kr")) {
            value = value.substring(0, value.length() - 2).strip();
        }
        var matcher = KRONOR.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String whole = matcher.group(1).replace(" ", "");
        if (whole.length() > 9) {
            return Optional.empty();
        }
        String decimals = matcher.group(2) == null ? "" : matcher.group(2);
        long ore = Long.parseLong(whole) * 100 + (decimals.isEmpty() ? 0
                : Long.parseLong(decimals.length() == 1 ? decimals + "0" : decimals));
        return Optional.of(ore);
    }

    /** Whether the text is a negative amount, for its own message. */
    static boolean negative(String text) {
        return text != null && text.strip().matches("[-−–].*\\d.*");
    }

    /** "12 500,50" with a non-breaking space between thousands. */
    static String format(long ore) {
        String sign = ore < 0 ? "−" : "";
        long abs = Math.abs(ore);
        String whole = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(whole.charAt(i));
        }
        return sign + grouped + "," + String.format("%02d", abs % 100);
    }

    /** "12 500,50 kr". */
    static String kronor(long ore) {
        return format(ore) + "\u00a0kr";
    }

    /** The amount as it is typed into a form again: "12500,50". */
    static String typed(long ore) {
        return (ore / 100) + "," + String.format("%02d", ore % 100);
    }
}
