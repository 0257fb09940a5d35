package se.samverka.agreement;

/** Small numbers in words, as agreements write them ("i fyra likalydande exemplar", "sex månader"). */
final class Words {

    private static final String[] NUMBERS = {"noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
            "tio", "elva", "tolv"};

    private Words() {
    }

    /** "en månads", "sex månaders". */
    static String months(int n) {
        return n == 1 ? "en månads" : number(n) + " månaders";
    }

    static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
    }
}
