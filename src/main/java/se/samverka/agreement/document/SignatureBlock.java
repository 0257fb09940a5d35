package se.samverka.agreement.document;

import java.util.Objects;

/** One party's signature; a null name, title or place and date is printed as an empty line to fill in by hand. */
public record SignatureBlock(String party, String name, String title, String placeAndDate) {

    public SignatureBlock {
        Objects.requireNonNull(party, "party");
    }
}
