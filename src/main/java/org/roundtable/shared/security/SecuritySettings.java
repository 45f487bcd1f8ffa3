package org.roundtable.shared.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How sign-in and the edge of the web application are protected, under {@code roundtable.security}.
 * Every default is safe for the embedded single-node setup; see docs/security.md.
 *
 * @param passwords     the cost of the password hash
 * @param login         the throttle on repeated failed sign-ins
 * @param jwt           sign-in with access tokens of an external identity provider (off unless an issuer is set)
 * @param maxJsonBody   the largest request body the API reads (multipart uploads have their own limits)
 * @param secureCookies mark the session cookie Secure even on requests that did not arrive over TLS
 *                      (it is marked Secure anyway on every request the server sees as secure)
 * @param sameSite      the SameSite attribute of the session cookie: Lax or Strict
 * @param hstsMaxAge    how long browsers must keep to HTTPS once they saw the site over TLS
 */
@ConfigurationProperties("roundtable.security")
public record SecuritySettings(
        @DefaultValue Passwords passwords,
        @DefaultValue Login login,
        @DefaultValue Jwt jwt,
        @DefaultValue("1MB") DataSize maxJsonBody,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("Lax") String sameSite,
        @DefaultValue("365d") Duration hstsMaxAge) {

    /** @param bcryptStrength log2 of the bcrypt rounds; raising it re-hashes each password at its next sign-in */
    public record Passwords(@DefaultValue("10") int bcryptStrength) {
    }

    /**
     * After {@code maxFailuresPerUsername} failed sign-ins in a row for one username (or
     * {@code maxFailuresPerAddress} from one client address), sign-in is refused for
     * {@code firstLock}, doubling with each further failure up to {@code longestLock}. Failures
     * older than {@code forgetAfter} no longer count.
     */
    public record Login(@DefaultValue("5") int maxFailuresPerUsername,
                        @DefaultValue("20") int maxFailuresPerAddress,
                        @DefaultValue("1m") Duration firstLock,
                        @DefaultValue("1h") Duration longestLock,
                        @DefaultValue("24h") Duration forgetAfter) {
    }

    /**
     * Access tokens (JWT) of the union's or the platform's identity provider. On when
     * {@code issuerUri} is set; {@code audience} is then required. Keys come from
     * {@code jwkSetUri}, or from the issuer's discovery document when it is not set. The claims
     * named here carry the person id, the roles and the platform of the person.
     */
    public record Jwt(String issuerUri,
                      String jwkSetUri,
                      String audience,
                      @DefaultValue("roles") String rolesClaim,
                      @DefaultValue("platform_id") String platformClaim,
                      @DefaultValue("sub") String subjectClaim) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
