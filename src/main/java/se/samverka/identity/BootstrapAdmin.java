package se.samverka.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.platform.Texts;

/**
 * Creates the first county administrator from configuration when the county has none yet. A password that breaks
 * the password rules stops the start with the reason, rather than leaving the county without an administrator.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final IdentityProperties properties;
    private final UserAccounts accounts;
    private final Texts texts;

    BootstrapAdmin(IdentityProperties properties, UserAccounts accounts, Texts texts) {
        this.properties = properties;
        this.accounts = accounts;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) {
        var admin = properties.bootstrapAdmin();
        if (!admin.configured()) {
            return;
        }
        try {
            if (accounts.bootstrapCountyAdmin(admin.username(), admin.displayName(), admin.password())) {
                log.info("Den första länsadministratören har skapats från konfigurationen.");
            }
        } catch (PasswordRules.RefusedPassword e) {
            throw new IllegalStateException(texts.message("user.bootstrap.password-refused",
                    texts.message(e.problem().code(), e.problem().arguments())), e);
        }
    }
}
