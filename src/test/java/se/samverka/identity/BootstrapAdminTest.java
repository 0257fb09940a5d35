package se.samverka.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.samverka.platform.Texts;

import java.lang.reflect.Proxy;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first county administrator gets no password that breaks the rules; the start stops and says why. */
class BootstrapAdminTest {

    @Test
    void aBlankOrCommonPasswordStopsTheStartWithTheReason() throws Exception {
        assertThatThrownBy(() -> bootstrap(" ".repeat(12)).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Lösenordet för den första länsadministratören (samverka.identity.bootstrap-admin.password) "
                        + "duger inte: Lösenordet får inte bestå av bara mellanslag.");
        assertThatThrownBy(() -> bootstrap("password1234").run(new DefaultApplicationArguments()))
                .hasMessageEndingWith("Lösenordet är ett av de vanligaste lösenorden och lätt att gissa. "
                        + "Välj ett annat, till exempel några ord som bara du sätter ihop.");
        assertThatThrownBy(() -> bootstrap(null).run(new DefaultApplicationArguments()))
                .hasMessageEndingWith("Lösenordet får inte bestå av bara mellanslag.");
    }

    private static BootstrapAdmin bootstrap(String password) throws Exception {
        var properties = new IdentityProperties("preferred_username",
                new IdentityProperties.BootstrapAdmin("lan.admin", password, "Länsadministratör"),
                java.time.Duration.ofDays(90));
        // a county without an administrator and without accounts; creating one would be a failure of the test
        Users users = (Users) Proxy.newProxyInstance(Users.class.getClassLoader(), new Class<?>[]{Users.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "anyCountyAdmin" -> false;
                    case "findByUsername" -> Optional.empty();
                    default -> throw new AssertionError("unexpected " + method.getName());
                });
        var accounts = new UserAccounts(users, new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(), null, null,
                null);
        return new BootstrapAdmin(properties, accounts, texts());
    }

    private static Texts texts() throws Exception {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var constructor = Texts.class.getDeclaredConstructor(MessageSource.class);
        constructor.setAccessible(true);
        return constructor.newInstance(messages);
    }
}
