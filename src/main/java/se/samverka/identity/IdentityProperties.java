package se.samverka.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param oidcUsernameClaim          the ID-token claim whose value is a Samverka username
 * @param bootstrapAdmin             the first county administrator, created at start-up when there is none
 * @param signInFailureRetention     how long a failed sign-in stays in {@code sign_in_failure} before the purge; at
 *                                   least the 30 days the database keeps every one
 */
@ConfigurationProperties("samverka.identity")
record IdentityProperties(@DefaultValue("preferred_username") String oidcUsernameClaim,
                          @DefaultValue BootstrapAdmin bootstrapAdmin,
                          @DefaultValue("90d") Duration signInFailureRetention) {

    /** The database refuses to delete a failed sign-in younger than this (V12_6_3__sign_in_failure_retention.sql). */
    static final Duration MINIMUM_RETENTION = Duration.ofDays(30);

    IdentityProperties {
        if (signInFailureRetention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("samverka.identity.sign-in-failure-retention måste vara minst "
                    + MINIMUM_RETENTION.toDays() + " dagar (" + signInFailureRetention + " angavs)");
        }
    }

    record BootstrapAdmin(String username, String password, @DefaultValue("Länsadministratör") String displayName) {

        /** A username is given; its password must then follow the password rules. */
        boolean configured() {
            return username != null && !username.isBlank();
        }
    }
}
