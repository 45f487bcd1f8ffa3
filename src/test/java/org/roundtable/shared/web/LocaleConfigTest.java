package org.roundtable.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

class LocaleConfigTest {

    final LocaleConfig config = new LocaleConfig();
    final LocaleResolver resolver = config.localeResolver();

    @Test
    void chineseWhenTheBrowserSaysNothingOrOnlyLanguagesWeDoNotHave() {
        assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(resolver.resolveLocale(request("fr-FR, de;q=0.8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(resolver.resolveLocale(request("not a header;;"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theBrowsersFirstLanguageWeHaveWins() {
        assertThat(resolver.resolveLocale(request("fr, en-GB;q=0.8, zh;q=0.5"))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("zh-TW, en;q=0.9"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(resolver.resolveLocale(request("en;q=0, zh;q=0.1"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aChoiceInTheCookieWinsOverTheBrowserAndAnUnknownCookieIsIgnored() {
        MockHttpServletRequest chosen = request("zh-CN");
        chosen.setCookies(new Cookie("lang", "en"));
        assertThat(resolver.resolveLocale(chosen)).isEqualTo(Locale.ENGLISH);
        MockHttpServletRequest tampered = request("en");
        tampered.setCookies(new Cookie("lang", "xx-<script>"));
        assertThat(resolver.resolveLocale(tampered)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theLangParameterSwitchesAtOnceAndIsRememberedInACookie() throws Exception {
        MockHttpServletRequest request = request("en");
        request.setParameter("lang", "zh-CN");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LocaleConfig.LanguageSwitch(resolver).preHandle(request, response, new Object());
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).startsWith("lang=zh-CN;").contains("HttpOnly",
                "SameSite=Lax", "Path=/");

        MockHttpServletRequest unknown = request("en");
        unknown.setParameter("lang", "fr");
        MockHttpServletResponse untouched = new MockHttpServletResponse();
        new LocaleConfig.LanguageSwitch(resolver).preHandle(unknown, untouched, new Object());
        assertThat(resolver.resolveLocale(unknown)).isEqualTo(Locale.ENGLISH);
        assertThat(untouched.getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void onlyChineseAndEnglishAreSupported() {
        assertThat(LocaleConfig.supported("zh_CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(LocaleConfig.supported("EN-us")).isEqualTo(Locale.ENGLISH);
        assertThat(LocaleConfig.supported("ja")).isNull();
        assertThat(LocaleConfig.supported(null)).isNull();
    }

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        return request;
    }
}
