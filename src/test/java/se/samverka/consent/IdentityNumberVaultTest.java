package se.samverka.consent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Identity numbers at rest: AES-GCM sealed, found again by a keyed hash, and useless under another key. */
class IdentityNumberVaultTest {

    private static final String NUMBER = "191212121212";

    private final IdentityNumberVault vault = new IdentityNumberVault(key(1));

    @Test
    void sealsANumberSoThatOnlyTheKeyOpensIt() {
        byte[] sealed = vault.encrypt(NUMBER);

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(NUMBER);
        assertThat(sealed).hasSize(1 + 12 + NUMBER.length() + 16);
        assertThat(vault.decrypt(sealed)).isEqualTo(NUMBER);
        assertThatThrownBy(() -> new IdentityNumberVault(key(2)).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealsTheSameNumberDifferentlyEachTimeButHashesItTheSame() {
        assertThat(vault.encrypt(NUMBER)).isNotEqualTo(vault.encrypt(NUMBER));
        assertThat(vault.searchHash(NUMBER)).isEqualTo(vault.searchHash(NUMBER)).hasSize(32);
        assertThat(vault.searchHash(NUMBER)).isNotEqualTo(vault.searchHash("191212121213"));
        assertThat(new IdentityNumberVault(key(2)).searchHash(NUMBER)).isNotEqualTo(vault.searchHash(NUMBER));
    }

    @Test
    void refusesAnAlteredOrForeignValue() {
        byte[] sealed = vault.encrypt(NUMBER);
        for (int i = 1; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 1;
            assertThatThrownBy(() -> vault.decrypt(altered)).isInstanceOf(IllegalStateException.class);
        }
        byte[] otherFormat = sealed.clone();
        otherFormat[0] = 2;
        assertThatThrownBy(() -> vault.decrypt(otherFormat)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.decrypt(new byte[5])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void takesTheConfiguredKey() {
        String configured = Base64.getEncoder().encodeToString(key(1));
        var fromConfiguration = new IdentityNumberVault(new ConsentProperties(configured, null, 12, 3), Path.of("unused"), false);

        assertThat(fromConfiguration.decrypt(vault.encrypt(NUMBER))).isEqualTo(NUMBER);
        assertThatThrownBy(() -> new IdentityNumberVault(new ConsentProperties("inte-base64!", null, 12, 3), Path.of("x"), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> new IdentityNumberVault(
                new ConsentProperties(Base64.getEncoder().encodeToString(new byte[16]), null, 12, 3), Path.of("x"), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 byte");
    }

    @Test
    void createsAKeyFileOnceReadableOnlyByItsOwnerAndReusesIt(@TempDir Path dataDir) throws Exception {
        var first = new IdentityNumberVault(new ConsentProperties(null, null, 12, 3), dataDir, false);
        Path file = dataDir.resolve("identity-number.key");

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        try (var listing = Files.list(dataDir)) {
            assertThat(listing).containsExactly(file);
        }
        var second = new IdentityNumberVault(new ConsentProperties(null, null, 12, 3), dataDir, false);
        assertThat(second.decrypt(first.encrypt(NUMBER))).isEqualTo(NUMBER);
    }

    @Test
    void aTemporaryDatabaseGetsAKeyOfItsOwnAndWritesNoFile(@TempDir Path dataDir) {
        var vault = new IdentityNumberVault(new ConsentProperties(null, null, 12, 3), dataDir, true);

        assertThat(vault.decrypt(vault.encrypt(NUMBER))).isEqualTo(NUMBER);
        assertThat(dataDir.resolve("identity-number.key")).doesNotExist();
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[IdentityNumberVault.KEY_BYTES];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
