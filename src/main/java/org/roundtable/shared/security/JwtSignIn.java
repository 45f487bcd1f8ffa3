package org.roundtable.shared.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The decoder of access tokens from the configured identity provider: RS256 signatures checked
 * against its published keys, and the issuer, the audience and the validity period checked on
 * every token. Keys are fetched on first use, so the application starts while the provider is away.
 */
final class JwtSignIn {

    private JwtSignIn() {
    }

    static JwtDecoder decoder(SecuritySettings.Jwt jwt) {
        if (jwt.audience() == null || jwt.audience().isBlank()) {
            throw new IllegalStateException("roundtable.security.jwt.audience is required with an issuer-uri:"
                    + " without it, tokens the provider issued to other applications would be accepted");
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = jwt.jwkSetUri() == null || jwt.jwkSetUri().isBlank()
                    ? NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build()
                    : NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
            decoder.setJwtValidator(validator(jwt));
            return decoder;
        });
    }

    static OAuth2TokenValidator<Jwt> validator(SecuritySettings.Jwt jwt) {
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(jwt.audience()));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(jwt.issuerUri()), audience);
    }
}
