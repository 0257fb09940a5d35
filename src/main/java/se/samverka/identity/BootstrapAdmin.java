package se.samverka.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the first county administrator from configuration when the county has none yet. */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final IdentityProperties properties;
    private final UserAccounts accounts;

    BootstrapAdmin(IdentityProperties properties, UserAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        var admin = properties.bootstrapAdmin();
        if (admin.configured() && accounts.bootstrapCountyAdmin(admin.username(), admin.displayName(), admin.password())) {
            log.info("Den första länsadministratören har skapats från konfigurationen.");
        }
    }
}
