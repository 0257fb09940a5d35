package se.samverka.platform;

import java.util.Optional;

/**
 * A module's own start page for the signed-in user, when it has one for them (the county's overview for the county's
 * roles). The home page sends the user to the first that answers; everyone else sees the public home page.
 */
public interface StartPage {

    /** The path to send the current user to, or empty. */
    Optional<String> path();
}
