package org.roundtable.publication.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.roundtable.shared.DomainException;

class WebhookUrlsTest {

    @Test
    void acceptsOnlyAbsoluteHttpAndHttpsUrls() {
        for (String url : new String[] {"ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)",
                "/relative/path", "gopher://127.0.0.1:70/"}) {
            assertThatThrownBy(() -> WebhookUrls.check(URI.create(url), true))
                    .as(url).isInstanceOf(DomainException.Invalid.class).hasMessageContaining("http");
        }
        assertThat(WebhookUrls.check(URI.create("http://127.0.0.1:8080/hooks"), true)).isNotNull();
        assertThat(WebhookUrls.check(URI.create("HTTPS://127.0.0.1/hooks"), true)).isNotNull();
    }

    @Test
    void refusesCredentialsInTheUrl() {
        assertThatThrownBy(() -> WebhookUrls.check(URI.create("https://user:pw@127.0.0.1/hooks"), true))
                .isInstanceOf(DomainException.Invalid.class).hasMessageContaining("password");
    }

    @Test
    void refusesLocalAndPrivateAddressesUnlessAllowed() {
        for (String url : new String[] {"http://127.0.0.1/x", "http://localhost/x", "http://10.1.2.3/x",
                "http://192.168.0.1/x", "http://169.254.169.254/latest/meta-data", "http://[::1]/x",
                "http://0.0.0.0/x", "http://[fd00::1]/x", "http://100.64.0.1/x"}) {
            assertThatThrownBy(() -> WebhookUrls.check(URI.create(url), false))
                    .as(url).isInstanceOf(DomainException.Invalid.class).hasMessageContaining("private or local");
        }
        assertThat(WebhookUrls.check(URI.create("http://127.0.0.1/x"), true)).isNotNull();
    }

    @Test
    void publicAddressesArePublic() throws UnknownHostException {
        assertThat(WebhookUrls.isPrivate(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(WebhookUrls.isPrivate(InetAddress.getByName("2606:2800:220:1::1"))).isFalse();
        assertThat(WebhookUrls.isPrivate(InetAddress.getByName("172.16.5.4"))).isTrue();
    }
}
