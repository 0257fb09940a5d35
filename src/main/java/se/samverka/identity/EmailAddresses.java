package se.samverka.identity;

import java.util.regex.Pattern;

/**
 * Whether a typed e-mail address is one that mail can be sent to: a local part of the characters RFC 5322 allows
 * unquoted (at most 64), an at sign, and a domain of at least two labels (letters, digits, inner hyphens), at most
 * 254 characters in all (RFC 5321). Quoted local parts and addresses with comments are refused on purpose.
 */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /** True for an address as written above; the caller strips surrounding spaces first. */
    public static boolean valid(String address) {
        return address != null && address.length() <= MAX_LENGTH && address.indexOf('@') <= 64
                && ADDRESS.matcher(address).matches();
    }
}
