package org.roundtable.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's answers when sign-in fails or is missing (401, or 429 while locked) and when a
 * signed-in person is refused by the filter chain (403), as problem+json. The messages say what
 * to do and never which part of a sign-in was wrong.
 */
final class SignInRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final boolean tokensAccepted;

    SignInRefusals(Problems problems, boolean tokensAccepted) {
        this.problems = problems;
        this.tokensAccepted = tokensAccepted;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof LoginThrottledException locked) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this account or"
                    + " from this address; try again in " + locked.retryAfterSeconds() + " seconds.");
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (tokensAccepted && (bearer || refusal instanceof OAuth2AuthenticationException)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Your access token was refused: it is expired,"
                    + " not meant for Roundtable, or not issued and signed by the identity provider. Get a new one.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokensAccepted
                ? "Basic realm=\"roundtable\", Bearer" : "Basic realm=\"roundtable\"");
        problems.write(response, HttpStatus.UNAUTHORIZED, refusal instanceof BadCredentialsException
                ? "The username or the password is wrong."
                : "Sign in first: send your username and password (HTTP Basic)"
                + (tokensAccepted ? " or an access token (Bearer)." : "."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        problems.write(response, HttpStatus.FORBIDDEN, "You are not allowed to do this.");
    }
}
