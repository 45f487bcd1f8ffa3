package org.roundtable.publication.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Roundtable-Signature} of a delivery: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>},
 * the HMAC keyed with the subscription's secret (its UTF-8 bytes) over {@code "<t>.<body>"}. The
 * time lets a receiver refuse old requests replayed at it.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Roundtable-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + v1(secret, unixSeconds, body);
    }

    static String v1(String secret, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signed);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }
}
