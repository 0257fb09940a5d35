package se.samverka.consent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Identity numbers at rest: encrypted with AES-256-GCM under a key derived from the configured one, and a keyed hash
 * (HMAC-SHA-256 under a second derived key) so that an exact number can be found without decrypting every row. A
 * stored value is the format byte, the 12-byte nonce, and the ciphertext with its tag; the record's id is not bound
 * in (it is given at the insert), but the purpose is, so a ciphertext cannot be passed off as another field's.
 */
@Component
class IdentityNumberVault {

    static final int KEY_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(IdentityNumberVault.class);
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] PURPOSE = "samverka person.identity_number".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec searchKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    IdentityNumberVault(ConsentProperties properties, @Value("${samverka.data-dir:data}") Path dataDir,
                        @Value("${samverka.temporary:false}") boolean temporary) {
        this(masterKey(properties, dataDir, temporary));
    }

    IdentityNumberVault(byte[] masterKey) {
        if (masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the identity-number key has " + KEY_BYTES + " bytes");
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "identity-number encryption v1"), "AES");
        this.searchKey = new SecretKeySpec(derive(masterKey, "identity-number search v1"), "HmacSHA256");
    }

    /** @param normalised the twelve digits */
    byte[] encrypt(String normalised) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(PURPOSE);
            byte[] sealed = cipher.doFinal(normalised.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @throws IllegalStateException when the value was not sealed with this key or has been altered */
    String decrypt(byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new IllegalStateException("not a stored identity number");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
                    new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(PURPOSE);
            return new String(cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES),
                    StandardCharsets.US_ASCII);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the identity number does not open with this key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The same for the same number under the same key: what an exact search compares. */
    byte[] searchHash(String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(searchKey);
            return mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] derive(byte[] masterKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] masterKey(ConsentProperties properties, Path dataDir, boolean temporary) {
        if (properties.identityKey() != null && !properties.identityKey().isBlank()) {
            return decode(properties.identityKey().strip(), "samverka.consent.identity-key");
        }
        if (temporary && properties.keyFile() == null) {
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return key;
        }
        Path file = properties.keyFile() != null ? properties.keyFile() : dataDir.resolve("identity-number.key");
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Nyckelfilen för personnummer " + file + " kan inte läsas eller skapas", e);
        }
    }

    /** Written beside the file and linked into place, so that two instances starting at once agree on one key. */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
        Path draft = Files.createTempFile(directory, ".identity-number", ".key",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(draft, Base64.getEncoder().encodeToString(key) + "\n");
            Files.createLink(file, draft);
            log.warn("Skapade en ny nyckel för personnummer i {}. Säkerhetskopiera den för sig: utan den kan lagrade "
                    + "personnummer inte läsas.", file.toAbsolutePath());
        } catch (FileAlreadyExistsException e) {
            log.info("Nyckeln för personnummer skapades samtidigt av en annan instans; den används.");
        } finally {
            Arrays.fill(key, (byte) 0);
            Files.deleteIfExists(draft);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " är inte base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " ska vara " + KEY_BYTES + " byte i base64, inte " + key.length);
        }
        return key;
    }
}
