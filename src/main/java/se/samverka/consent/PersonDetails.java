package se.samverka.consent;

import java.util.Objects;

/**
 * What staff write about a person besides the identity number. A child has the custodians (vårdnadshavare) named
 * who give its consents, and whether custody is joint; nobody else has custodians here.
 *
 * @param custodian2 the second custodian, or null with single custody
 */
record PersonDetails(PersonKind kind, String name, boolean protectedIdentity, Boolean jointCustody,
                     String custodian1, String custodian2) {

    static final int MAX_NAME = 200;

    PersonDetails {
        Objects.requireNonNull(kind);
        name = text(name, "name");
        if (kind == PersonKind.CHILD) {
            Objects.requireNonNull(jointCustody, "a child's custody is joint or not");
            custodian1 = custodian1 == null ? null : text(custodian1, "custodian1");
            custodian2 = custodian2 == null ? null : text(custodian2, "custodian2");
            if (custodian2 != null && custodian1 == null) {
                throw new IllegalArgumentException("the second custodian is named after the first");
            }
        } else if (jointCustody != null || custodian1 != null || custodian2 != null) {
            throw new IllegalArgumentException("only a child has custodians");
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException(field + " has 1 to " + MAX_NAME + " characters");
        }
        return value.strip();
    }
}
