package org.roundtable.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A stand-in identity provider on loopback: its own RSA keys, its JWK set served by the JDK's
 * HTTP server on 127.0.0.1, and tokens minted on demand. A second key of the same key id signs
 * forged tokens. Nothing leaves the machine.
 */
final class IdentityProvider {

    static final String AUDIENCE = "roundtable-test";
    private static final String KEY_ID = "trust-test-key";

    private final RSAKey key;
    private final RSAKey forger;
    private final HttpServer server;

    private IdentityProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        forger = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    static IdentityProvider start() {
        try {
            return new IdentityProvider();
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException("could not start the test identity provider", e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/union";
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** A valid token for 5 minutes. */
    Token token(String subject, String platform, String... roles) {
        return new Token(this, subject, platform, List.of(roles), issuer(), AUDIENCE, Instant.now().plusSeconds(300),
                false);
    }

    /** What a token says, to be varied before it is minted. */
    record Token(IdentityProvider idp, String subject, String platform, List<String> roles, String issuer,
                 String audience, Instant expiresAt, boolean forged) {

        Token issuedBy(String otherIssuer) {
            return new Token(idp, subject, platform, roles, otherIssuer, audience, expiresAt, forged);
        }

        Token forAudience(String otherAudience) {
            return new Token(idp, subject, platform, roles, issuer, otherAudience, expiresAt, forged);
        }

        Token expiredFor(Duration ago) {
            return new Token(idp, subject, platform, roles, issuer, audience, Instant.now().minus(ago), forged);
        }

        Token signedByAForger() {
            return new Token(idp, subject, platform, roles, issuer, audience, expiresAt, true);
        }

        String mint() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(audience)
                    .issueTime(Date.from(expiresAt.minusSeconds(600)))
                    .expirationTime(Date.from(expiresAt))
                    .claim("realm_access", Map.of("roles", roles))
                    .claim("name", "Should Never Be Stored");
            if (platform != null) {
                claims.claim("platform_id", platform);
            }
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(forged ? idp.forger : idp.key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
