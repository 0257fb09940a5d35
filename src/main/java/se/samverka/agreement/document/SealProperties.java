package se.samverka.agreement.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The system seal's PKCS#12 key store: a file path, its password and the key's alias (the store's only key when
 * null). Without a key store the seal uses a generated demo key. {@code tsaUrl} is the RFC 3161 timestamp authority
 * that stamps each seal, with HTTP basic credentials when {@code tsaUsername} is set; without it Samverka's own
 * timestamp unit stamps, which is trusted nowhere else.
 */
@ConfigurationProperties("samverka.seal")
public record SealProperties(String keystore, String password, String alias, String tsaUrl, String tsaUsername,
                             String tsaPassword) {

    boolean demo() {
        return keystore == null || keystore.isBlank();
    }

    boolean ownTimestamps() {
        return tsaUrl == null || tsaUrl.isBlank();
    }
}
