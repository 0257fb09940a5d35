package se.samverka.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * @param identityKey the key that encrypts identity numbers and keys their search hashes: 32 bytes in base64
 *                    ({@code SAMVERKA_CONSENT_IDENTITY_KEY}); when not set, the key file is used
 * @param keyFile     where the key is kept when it is not configured: read if it exists, otherwise created once with a
 *                    new random key; {@code samverka.data-dir}/identity-number.key unless set
 * @param maxValidityMonths the longest a consent may be valid, which the county sets (12 months unless set)
 * @param retentionYears    how long a person with nothing new in their record is kept (3 years unless set)
 */
@ConfigurationProperties("samverka.consent")
record ConsentProperties(String identityKey, Path keyFile, @DefaultValue("12") int maxValidityMonths,
                         @DefaultValue("3") int retentionYears) {

    ConsentProperties {
        if (maxValidityMonths < 1 || maxValidityMonths > 120) {
            throw new IllegalArgumentException("samverka.consent.max-validity-months is 1 to 120, not "
                    + maxValidityMonths);
        }
        if (retentionYears < 1 || retentionYears > 50) {
            throw new IllegalArgumentException("samverka.consent.retention-years is 1 to 50, not " + retentionYears);
        }
    }
}
