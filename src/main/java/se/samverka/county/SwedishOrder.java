package se.samverka.county;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Names in Swedish alphabetical order (Å, Ä, Ö after Z), as the county's lists and tables sort them. */
final class SwedishOrder {

    static final Comparator<String> NAMES = Collator.getInstance(Locale.of("sv", "SE"))::compare;

    private SwedishOrder() {
    }
}
