package org.roundtable.shared.security;

import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.core.Ordered;

/**
 * The session cookie of the pages: HttpOnly and SameSite always (unless
 * {@code server.servlet.session.cookie.*} says otherwise), Secure when
 * {@code roundtable.security.secure-cookies} is on. Tomcat marks it Secure by itself on every
 * request it sees as secure, which behind a TLS proxy needs {@code server.forward-headers-strategy}.
 */
final class SessionCookies implements WebServerFactoryCustomizer<AbstractServletWebServerFactory>, Ordered {

    private final SecuritySettings settings;

    SessionCookies(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public void customize(AbstractServletWebServerFactory factory) {
        Cookie cookie = factory.getSession().getCookie();
        if (cookie.getHttpOnly() == null) {
            cookie.setHttpOnly(true);
        }
        if (cookie.getSameSite() == null) {
            cookie.setSameSite(Cookie.SameSite.valueOf(settings.sameSite().toUpperCase()));
        }
        if (settings.secureCookies()) {
            cookie.setSecure(true);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
