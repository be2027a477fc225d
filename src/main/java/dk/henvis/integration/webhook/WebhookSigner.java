package dk.henvis.integration.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The delivery signature: {@code v1=} + hex HMAC-SHA256 with the subscription's secret over
 * {@code timestamp + "." + body}, the timestamp being the Henvis-Timestamp header (Unix seconds).
 */
public final class WebhookSigner {

    public static final String EVENT_ID = "Henvis-Event-Id";
    public static final String EVENT_TYPE = "Henvis-Event-Type";
    public static final String TIMESTAMP = "Henvis-Timestamp";
    public static final String SIGNATURE = "Henvis-Signature";

    private WebhookSigner() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** What a receiver does: recompute and compare in constant time (and reject old timestamps). */
    public static boolean verify(String secret, long timestamp, String body, String signature) {
        return signature != null && MessageDigest.isEqual(
                sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    }
}
