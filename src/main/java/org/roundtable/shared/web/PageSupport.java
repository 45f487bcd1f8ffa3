package org.roundtable.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every page template needs, as the bean {@code @site}: times in the readers' time zone
 * (Asia/Shanghai unless {@code roundtable.web.time-zone} says otherwise) always shown with the zone,
 * the link that switches the language of the current page, and who is signed in.
 */
@Component("site")
public class PageSupport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone;

    public PageSupport(@Value("${roundtable.web.time-zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** "2025-06-01 14:05 China Time (UTC+08:00)", in the page's language; empty for no time. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return TIME.format(local) + " " + zoneName();
    }

    /** The machine-readable form of a time, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toOffsetDateTime().toString();
    }

    /** The zone in words: "China Time (UTC+08:00)" or "中国时间 (UTC+08:00)". */
    public String zoneName() {
        Locale locale = LocaleContextHolder.getLocale();
        String offset = zone.getRules().getOffset(Instant.now()).getId();
        return zone.getDisplayName(TextStyle.FULL, locale) + " (UTC" + ("Z".equals(offset) ? "" : offset) + ")";
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A time as a {@code datetime-local} input value in the readers' zone. */
    public String formTime(Instant instant) {
        return instant == null ? "" : FORM_TIME.format(instant.atZone(zone));
    }

    /** Reads a {@code datetime-local} value ("2025-06-01T14:05" or with seconds) in the readers' zone. */
    public Instant parseFormTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The current page in another language: the same path and query as sent, with {@code lang} first. */
    public String switchTo(String language) {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return "/?lang=" + language;
        }
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            path = failed;
            query = null;
        }
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            path = "/";
        }
        StringBuilder link = new StringBuilder(path).append('?').append(LocaleConfig.PARAMETER).append('=')
                .append(language);
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!pair.isEmpty() && !LocaleConfig.PARAMETER.equals(name)) {
                    link.append('&').append(pair);
                }
            }
        }
        return link.toString();
    }

    /** The signed-in person's username, or null. */
    public String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
