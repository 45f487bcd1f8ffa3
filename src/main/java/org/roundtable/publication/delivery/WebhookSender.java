package org.roundtable.publication.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.roundtable.publication.PublicationSettings;
import org.roundtable.shared.DomainException;

/**
 * Sends one attempt of a delivery as a signed JSON POST: connect and answer timeouts, no redirects
 * followed, only http(s) to allowed addresses, the answer's body ignored.
 */
class WebhookSender {

    static final String DELIVERY_HEADER = "X-Roundtable-Delivery";
    static final String EVENT_HEADER = "X-Roundtable-Event";

    private final HttpClient client;
    private final PublicationSettings.Webhooks settings;

    WebhookSender(PublicationSettings.Webhooks settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    AttemptResult send(ClaimedDelivery delivery, Instant at) throws InterruptedException {
        try {
            WebhookUrls.check(delivery.url(), settings.allowPrivateNetworks());
        } catch (DomainException e) {
            return AttemptResult.failed("not sent: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(delivery.url())
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Roundtable-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), at.getEpochSecond(),
                        delivery.body()))
                .header(DELIVERY_HEADER, delivery.id())
                .header(EVENT_HEADER, delivery.eventType())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return AttemptResult.answered(response.statusCode());
        } catch (HttpTimeoutException e) {
            return AttemptResult.failed("timed out: " + e.getMessage());
        } catch (IOException e) {
            return AttemptResult.failed(e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
