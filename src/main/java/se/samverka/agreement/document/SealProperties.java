package se.samverka.agreement.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The system seal's PKCS#12 key store: a file path, its password and the key's alias (the store's only key when
 * null). Without a key store the seal uses a generated demo key.
 */
@ConfigurationProperties("samverka.seal")
public record SealProperties(String keystore, String password, String alias) {

    boolean demo() {
        return keystore == null || keystore.isBlank();
    }
}
