package dk.henvis.privacy;

import dk.henvis.common.HenvisConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals values at rest: CPR numbers, webhook secrets and stored idempotent answers are encrypted with
 * AES-256-GCM (a fresh IV per value), and keyed hashes (HMAC-SHA256 under a key derived from the same
 * secret) serve look-ups, so that a CPR number is never stored or compared in clear.
 */
@Startup
@ApplicationScoped
public class Vault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();
    // Every creation hashes the subject once or twice: a Mac looked up and keyed per call costs more than
    // the hash. A Mac is not thread-safe, so each thread keeps its own, keyed once; doFinal resets it.
    private final ThreadLocal<Mac> lookupMac = ThreadLocal.withInitial(this::newLookupMac);
    private final ThreadLocal<Cipher> cipher = ThreadLocal.withInitial(Vault::newCipher);

    @Inject
    public Vault(HenvisConfig config) {
        this(config.cpr().key().orElseThrow(() -> new IllegalStateException(
                "henvis.cpr.key (env HENVIS_CPR_KEY) is not set: give a base64-encoded 256-bit key, "
                        + "e.g. from 'openssl rand -base64 32'. henvis will not start without it.")));
    }

    /** A vault under a base64-encoded 256-bit key. */
    Vault(String encoded) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("henvis.cpr.key (env HENVIS_CPR_KEY) is not valid base64");
        }
        if (secret.length != 32) {
            throw new IllegalStateException("henvis.cpr.key (env HENVIS_CPR_KEY) must be 32 bytes (256 bits), base64-encoded");
        }
        this.encryptionKey = new SecretKeySpec(derive(secret, "henvis-cpr-encryption"), "AES");
        this.lookupKey = new SecretKeySpec(derive(secret, "henvis-subject-lookup"), "HmacSHA256");
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = this.cipher.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = this.cipher.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("CPR decryption failed (wrong henvis.cpr.key?)");
        }
    }

    /** A keyed hash of a normalised value, for finding the same subject again without storing it in clear. */
    public String lookupHash(String value) {
        byte[] hash = lookupMac.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    private Mac newLookupMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] derive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key derivation failed", e);
        }
    }
}
