package org.roundtable.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Browser sessions for the page rows of the authorization matrix: one per kind of person, signed
 * in through the login form (an anonymous one for the anonymous), each with its CSRF token, as a
 * page's form would carry it.
 */
final class PageSessions {

    private final Http http;
    private final Map<String, Session> sessions = new HashMap<>();

    PageSessions(Http http) {
        this.http = http;
    }

    /** A session signed in as {@code username}, or an anonymous one for null. */
    Session of(String username) {
        return sessions.computeIfAbsent(username == null ? "" : username, key -> open(username));
    }

    private Session open(String username) {
        AccountProtectionTest.Session browser = AccountProtectionTest.Session.begin(http);
        String cookie = browser.cookie();
        if (username != null) {
            Http.Reply signedIn = browser.login(username, TrustContext.PASSWORD);
            String location = signedIn.header("Location");
            if (signedIn.status() != 302 || location == null || location.contains("/login")) {
                throw new IllegalStateException(username + " could not sign in: " + signedIn);
            }
            String setCookie = signedIn.header("Set-Cookie");
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
        }
        Http client = http.with("Cookie", cookie);
        Http.Reply probe = client.get("/test-support/csrf");
        return new Session(client, probe.json().get("parameter").asText(), probe.json().get("token").asText());
    }

    /** A signed-in (or anonymous) page session and its CSRF token. */
    record Session(Http client, String csrfParameter, String csrfToken) {

        /** GET a page, or POST a form with the CSRF token added. */
        Http.Reply send(String method, String path, String form) {
            if ("GET".equals(method)) {
                return client.get(path);
            }
            String token = csrfParameter + "=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
            return client.form(path, form == null || form.isEmpty() ? token : form + "&" + token);
        }
    }
}
