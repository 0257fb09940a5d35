package se.samverka.centre;

import java.util.Objects;

/** The centre's visiting address. */
public record Address(String street, String postalCode, String city) {

    public Address {
        Objects.requireNonNull(street);
        Objects.requireNonNull(city);
        postalCode = new PostalCode(postalCode).value();
    }
}
