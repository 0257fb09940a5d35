package se.samverka.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param oidcUsernameClaim the ID-token claim whose value is a Samverka username
 * @param bootstrapAdmin    the first county administrator, created at start-up when there is none
 */
@ConfigurationProperties("samverka.identity")
record IdentityProperties(@DefaultValue("preferred_username") String oidcUsernameClaim,
                          @DefaultValue BootstrapAdmin bootstrapAdmin) {

    record BootstrapAdmin(String username, String password, @DefaultValue("Länsadministratör") String displayName) {

        /** A username is given; its password must then follow the password rules. */
        boolean configured() {
            return username != null && !username.isBlank();
        }
    }
}
