package org.roundtable.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The language of the pages: Simplified Chinese or English. A choice made with {@code ?lang=zh-CN}
 * or {@code ?lang=en} is kept in a cookie; without one, the browser's Accept-Language decides;
 * without that, Chinese.
 */
@Configuration
public class LocaleConfig implements WebMvcConfigurer {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String COOKIE = "lang";
    static final String PARAMETER = "lang";
    private static final String CHOSEN = LocaleConfig.class.getName() + ".CHOSEN";

    @Bean
    public LocaleResolver localeResolver() {
        return new ChosenOrAcceptedLanguage();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver())).excludePathPatterns("/api/**");
    }

    /** The supported locale a language tag names ("zh", "zh-CN", "zh_CN", "en", "en-GB"), or null. */
    static Locale supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> CHINESE;
            case "en" -> ENGLISH;
            default -> null;
        };
    }

    /** The first supported language of an Accept-Language header, by preference, or null. */
    static Locale accepted(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return ranges.stream().filter(range -> range.getWeight() > 0)
                    .map(range -> supported(range.getRange()))
                    .filter(locale -> locale != null)
                    .findFirst().orElse(null);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** Chosen (cookie) first, then the browser's languages, then Chinese. */
    static final class ChosenOrAcceptedLanguage implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
                return chosen;
            }
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    Locale fromCookie = COOKIE.equals(cookie.getName()) ? supported(cookie.getValue()) : null;
                    if (fromCookie != null) {
                        return fromCookie;
                    }
                }
            }
            Locale fromBrowser = accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            return fromBrowser != null ? fromBrowser : CHINESE;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = locale == null ? null : supported(locale.toLanguageTag());
            if (chosen == null) {
                return;
            }
            request.setAttribute(CHOSEN, chosen);
            if (response != null) {
                ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen.toLanguageTag()).path("/")
                        .maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build();
                response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
            }
        }
    }

    /** Applies {@code ?lang=} before the page is rendered; unsupported values are ignored. */
    static final class LanguageSwitch implements HandlerInterceptor {

        private final LocaleResolver resolver;

        LanguageSwitch(LocaleResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Locale chosen = supported(request.getParameter(PARAMETER));
            if (chosen != null) {
                resolver.setLocale(request, response, chosen);
            }
            return true;
        }
    }
}
