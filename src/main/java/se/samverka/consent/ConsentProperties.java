package se.samverka.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param identityKey the key that encrypts identity numbers and keys their search hashes: 32 bytes in base64
 *                    ({@code SAMVERKA_CONSENT_IDENTITY_KEY}); when not set, the key file is used
 * @param keyFile     where the key is kept when it is not configured: read if it exists, otherwise created once with a
 *                    new random key; {@code samverka.data-dir}/identity-number.key unless set
 */
@ConfigurationProperties("samverka.consent")
record ConsentProperties(String identityKey, Path keyFile) {
}
