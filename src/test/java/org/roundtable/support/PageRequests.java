package org.roundtable.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Page requests of the page tests through MockMvc: signed in as a person, answered as HTML or a redirect. */
public final class PageRequests {

    private final MockMvc mvc;
    private final UserDetailsService users;

    public PageRequests(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.users = users;
    }

    /** Signed in as this person (their roles and platform as stored). */
    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    public int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** The page's HTML; the answer must be 200 and HTML. */
    public String html(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        return response.getContentAsString();
    }

    /** Where the answer sends the browser; the answer must be a 302. */
    public String redirect(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    /** Waits until the page (anonymous when {@code username} is null) says every one of the texts. */
    public String awaitPage(String path, String username, String... texts) {
        return awaitPage(path, username, body -> Arrays.stream(texts).allMatch(body::contains));
    }

    public String awaitPage(String path, String username, Predicate<String> condition) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            MockHttpServletRequestBuilder request = get(path);
            if (username != null) {
                request = request.with(as(username));
            }
            return mvc.perform(request).andReturn().getResponse().getContentAsString();
        }, condition);
    }
}
